package com.sendense.console.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One backup of a VM: the hub's parent job, always covering every disk. Timestamps are already
 * corrected for the hub's false-{@code Z} local time. {@code bytesTransferred}/{@code totalBytes}
 * stay 0 until the first telemetry; {@code transferSpeedBps} keeps the last non-zero speed;
 * {@code currentPhase} is the backup agent's free text; {@code startedAt} is absent in the start response.
 */
public record Backup(BackupId id, String vmContextId, String vmName, BackupType type, String repositoryId,
        @Nullable String policyId, BackupStatus status, long bytesTransferred, long totalBytes, int disksCount,
        @Nullable String errorMessage, String currentPhase, long transferSpeedBps, double progressPercent,
        @Nullable Instant lastTelemetryAt, Instant createdAt, @Nullable Instant startedAt,
        @Nullable Instant completedAt) {

    /** At the current speed: the hub has no ETA field. */
    public Optional<Duration> estimatedRemaining() {
        if (!status.isActive() || transferSpeedBps <= 0 || totalBytes <= 0) {
            return Optional.empty();
        }
        long remaining = Math.max(0, totalBytes - bytesTransferred);
        return Optional.of(Duration.ofSeconds(remaining / transferSpeedBps));
    }
}
