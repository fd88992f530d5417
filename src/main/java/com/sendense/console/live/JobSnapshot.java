package com.sendense.console.live;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the console knows about one backup job at one moment, as every watching UI renders it. The
 * hub gives bytes, percent and its last speed; the console adds a smoothed throughput, an ETA from
 * it, a short speed history and the stall flag. Immutable; a new snapshot is published only when
 * something in it changed.
 *
 * @param backup the hub's view of the job
 * @param smoothedBytesPerSecond throughput smoothed over the recent telemetry (exponentially
 *     weighted by time), 0 while unknown
 * @param estimatedRemaining the time left at the smoothed throughput, {@code null} while it cannot
 *     be estimated (no telemetry yet, no total, or the job has ended)
 * @param speedHistory the hub's reported speeds, one per telemetry report, oldest first (at most
 *     {@link #HISTORY_LENGTH})
 * @param silentSince set when the job is not reporting: its last telemetry once a report is overdue
 *     ({@link #REPORT_OVERDUE}), or its start when it never reported and has been silent for the stall
 *     threshold; {@code null} while it reports
 * @param stalled the job has been silent for the stall threshold
 * @param gone the hub no longer knows the job (deleted while the console followed it)
 */
public record JobSnapshot(
        Backup backup,
        long smoothedBytesPerSecond,
        @Nullable Duration estimatedRemaining,
        List<Long> speedHistory,
        @Nullable Instant silentSince,
        boolean stalled,
        boolean gone) {

    /** How many speed readings a snapshot keeps for the sparkline. */
    public static final int HISTORY_LENGTH = 40;

    /**
     * After how long without a new report a job that has reported counts as not reporting. The
     * backup agent reports about every 5 s (contract §4.3); the hub's timestamps have whole seconds
     * and a poll sees a report up to one poll interval late, so a silence of two intervals means at
     * least one report was missed.
     */
    public static final Duration REPORT_OVERDUE = Duration.ofSeconds(10);

    public JobSnapshot {
        speedHistory = List.copyOf(speedHistory);
    }

    /**
     * The first snapshot of a job the console has just started or found, before any smoothing.
     *
     * @param backup the job
     * @param now the current time
     * @param stallThreshold after how long without telemetry a running job counts as stalled
     * @return the snapshot
     */
    public static JobSnapshot of(Backup backup, Instant now, Duration stallThreshold) {
        Instant silent = silentSince(backup, null, now, stallThreshold);
        return new JobSnapshot(backup, 0, null, List.of(), silent, stalled(backup, silent, now, stallThreshold), false);
    }

    /**
     * When the job fell silent, if it did: the stall threshold by the hub's timestamps, or a
     * missed report by both the hub's timestamp and the console's own clock ({@code reportSeenAt},
     * when the console first saw the latest report), so a hub clock running behind the console's
     * does not flag every job. A job that never reported may still be taking its snapshot: only
     * the stall threshold flags it.
     */
    static @Nullable Instant silentSince(Backup backup, @Nullable Instant reportSeenAt, Instant now,
            Duration stallThreshold) {
        if (!backup.status().isActive()) {
            return null;
        }
        Instant last = backup.lastTelemetryAt();
        Instant since = last != null ? last : started(backup);
        if (Duration.between(since, now).compareTo(stallThreshold) >= 0) {
            return since;
        }
        if (last == null) {
            return null;
        }
        Instant seen = reportSeenAt != null && reportSeenAt.isAfter(last) ? reportSeenAt : last;
        return Duration.between(seen, now).compareTo(REPORT_OVERDUE) >= 0 ? last : null;
    }

    static boolean stalled(Backup backup, @Nullable Instant silentSince, Instant now, Duration stallThreshold) {
        return silentSince != null && Duration.between(silentSince, now).compareTo(stallThreshold) >= 0;
    }

    private static Instant started(Backup backup) {
        return backup.startedAt() != null ? backup.startedAt() : backup.createdAt();
    }

    public BackupId id() {
        return backup.id();
    }

    public String vmName() {
        return backup.vmName();
    }

    /**
     * Whether the job may still make progress.
     *
     * @return {@code true} while the hub says started, pending or running
     */
    public boolean active() {
        return !gone && backup.status().isActive();
    }

    /**
     * Whether a running job has missed its progress reports: the hub's speed and any ETA from it
     * are no longer current. Stalled jobs are not reporting too.
     *
     * @return {@code true} while a report is overdue
     */
    public boolean notReporting() {
        return silentSince != null;
    }

    /**
     * How long the job has been silent, for "no progress report for N s".
     *
     * @param now the current time
     * @return the silence, empty while the job reports
     */
    public Optional<Duration> silence(Instant now) {
        if (silentSince == null) {
            return Optional.empty();
        }
        Duration d = Duration.between(silentSince, now);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /**
     * Whether the job has never sent telemetry; the hub never fails such a job by itself.
     *
     * @return {@code true} without any telemetry
     */
    public boolean neverReported() {
        return backup.lastTelemetryAt() == null;
    }

    public Optional<Duration> eta() {
        return Optional.ofNullable(estimatedRemaining);
    }

    /**
     * When the job started on the hub.
     *
     * @return its start
     */
    public Instant startedAt() {
        return started(backup);
    }

    /**
     * How long the job has run: until it completed, or until {@code now} while it runs.
     *
     * @param now the current time
     * @return the elapsed time, never negative
     */
    public Duration elapsed(Instant now) {
        Instant end = !active() && backup.completedAt() != null ? backup.completedAt() : now;
        Duration d = Duration.between(startedAt(), end);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
