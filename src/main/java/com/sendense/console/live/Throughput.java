package com.sendense.console.live;

import com.sendense.console.hub.Backup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Smoothed throughput: the hub's {@code transfer_speed_bps} is one noisy reading. Deltas are weighted by the
 * time they cover and timed by {@code last_telemetry_at}, not the poll, so irregular intervals add no jitter.
 */
final class Throughput {

    /** Readings older than about this much have little weight left. */
    static final Duration SMOOTHING = Duration.ofSeconds(20);

    private final Deque<Long> speeds = new ArrayDeque<>();
    private @Nullable Instant baselineAt;
    private long baselineBytes;
    private @Nullable Instant lastTelemetry;
    private @Nullable Instant lastTelemetrySeenAt;
    private double bytesPerSecond = Double.NaN;

    void update(Backup backup, Instant now) {
        if (baselineAt == null) {
            // A job first seen mid-way: its first delta is the average since it started.
            baselineAt = backup.startedAt() != null ? backup.startedAt() : backup.createdAt();
            baselineBytes = 0;
        }
        Instant reportedAt = backup.lastTelemetryAt();
        if (reportedAt == null || Objects.equals(reportedAt, lastTelemetry)) {
            return;
        }
        lastTelemetry = reportedAt;
        lastTelemetrySeenAt = now;
        if (backup.transferSpeedBps() > 0) {
            speeds.addLast(backup.transferSpeedBps());
            while (speeds.size() > JobSnapshot.HISTORY_LENGTH) {
                speeds.removeFirst();
            }
        }
        long bytes = backup.bytesTransferred();
        double seconds = Duration.between(baselineAt, reportedAt).toMillis() / 1000.0;
        if (seconds <= 0 || bytes < baselineBytes) {
            // Same-second timestamps: keep the baseline, the next report covers both.
            return;
        }
        double sample = (bytes - baselineBytes) / seconds;
        double weight = 1 - Math.exp(-seconds / SMOOTHING.toSeconds());
        bytesPerSecond = Double.isNaN(bytesPerSecond) ? sample : bytesPerSecond + weight * (sample - bytesPerSecond);
        baselineAt = reportedAt;
        baselineBytes = bytes;
    }

    long bytesPerSecond() {
        return Double.isNaN(bytesPerSecond) ? 0 : Math.round(bytesPerSecond);
    }

    List<Long> speeds() {
        return List.copyOf(speeds);
    }

    @Nullable
    Duration remaining(Backup backup) {
        long rate = bytesPerSecond();
        if (!backup.status().isActive() || rate <= 0 || backup.totalBytes() <= 0) {
            return null;
        }
        long left = Math.max(0, backup.totalBytes() - backup.bytesTransferred());
        return Duration.ofSeconds(Math.round((double) left / rate));
    }

    /** A job that missed its reports gets no ETA: the rate it was computed from is no longer true. */
    JobSnapshot snapshot(Backup backup, Instant now, Duration stallThreshold) {
        Instant silent = JobSnapshot.silentSince(backup, lastTelemetrySeenAt, now, stallThreshold);
        return new JobSnapshot(backup, bytesPerSecond(), silent == null ? remaining(backup) : null, speeds(), silent,
                JobSnapshot.stalled(backup, silent, now, stallThreshold), false);
    }
}
