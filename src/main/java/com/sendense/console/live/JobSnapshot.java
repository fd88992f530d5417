package com.sendense.console.live;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One job as every watching UI renders it: the hub's state plus the console's smoothed throughput, ETA,
 * speed history and silence. {@code silentSince}: the last report once one is overdue, or the start of a
 * job silent for the stall threshold; {@code gone}: deleted on the hub while followed.
 */
public record JobSnapshot(Backup backup, long smoothedBytesPerSecond, @Nullable Duration estimatedRemaining,
        List<Long> speedHistory, @Nullable Instant silentSince, boolean stalled, boolean gone) {

    public static final int HISTORY_LENGTH = 40;

    // The agent reports every ~5 s (contract §4.3); with whole-second timestamps and a poll up to one
    // interval late, two intervals of silence mean at least one missed report.
    public static final Duration REPORT_OVERDUE = Duration.ofSeconds(10);

    public JobSnapshot {
        speedHistory = List.copyOf(speedHistory);
    }

    public static JobSnapshot of(Backup backup, Instant now, Duration stallThreshold) {
        Instant silent = silentSince(backup, null, now, stallThreshold);
        return new JobSnapshot(backup, 0, null, List.of(), silent, stalled(backup, silent, now, stallThreshold), false);
    }

    // A missed report needs the hub's timestamp and the console's clock to agree, so a hub clock running
    // behind does not flag every job; a job that never reported may still be taking its snapshot.
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

    public boolean active() {
        return !gone && backup.status().isActive();
    }

    /** Stalled jobs are not reporting too; the hub's speed and any ETA from it are no longer current. */
    public boolean notReporting() {
        return silentSince != null;
    }

    public Optional<Duration> silence(Instant now) {
        if (silentSince == null) {
            return Optional.empty();
        }
        Duration d = Duration.between(silentSince, now);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** The hub never fails such a job by itself. */
    public boolean neverReported() {
        return backup.lastTelemetryAt() == null;
    }

    public Optional<Duration> eta() {
        return Optional.ofNullable(estimatedRemaining);
    }

    public Instant startedAt() {
        return started(backup);
    }

    public Duration elapsed(Instant now) {
        Instant end = !active() && backup.completedAt() != null ? backup.completedAt() : now;
        Duration d = Duration.between(startedAt(), end);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
