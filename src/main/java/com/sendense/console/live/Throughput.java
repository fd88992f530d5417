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
 * The smoothed throughput of one job, from the byte deltas between telemetry reports. The hub's
 * own {@code transfer_speed_bps} is a single, noisy reading; an ETA from it jumps around. Each
 * delta is weighted by how long it covers (an exponentially weighted moving average with a
 * {@link #SMOOTHING} time constant), so irregular report and poll intervals do not bias it.
 *
 * <p>Deltas are timed with the hub's {@code last_telemetry_at}, not with the poll time: a poll sees
 * a new report 0–2 poll intervals after it was made, which would add jitter.
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

    /** Feeds the job's latest state, polled at {@code now}; does nothing unless it carries a new report. */
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

    /** The time left at the smoothed rate, or {@code null} when it cannot be told. */
    @Nullable Duration remaining(Backup backup) {
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
