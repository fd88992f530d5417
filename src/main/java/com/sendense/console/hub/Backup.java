package com.sendense.console.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One backup of a VM (the hub's parent job; it always covers every disk of the VM).
 *
 * <p>There is no per-disk progress and no ETA on the hub: {@link #estimatedRemaining()} computes
 * one from the speed. The hub's timestamps for backups are local wall-clock time with a false
 * {@code Z}; they are already corrected here with {@link HubProperties#timeZone()}.
 *
 * @param id the backup id
 * @param vmContextId the VM's context id
 * @param vmName the VM name
 * @param type full or incremental
 * @param repositoryId the target repository
 * @param policyId the policy that started it, if any
 * @param status the status
 * @param bytesTransferred bytes copied so far (0 until the first telemetry)
 * @param totalBytes bytes to copy (0 until the first telemetry)
 * @param disksCount the number of disks (disk indexes {@code 0..disksCount-1} can be mounted)
 * @param errorMessage why it failed, if it did
 * @param currentPhase free text from the backup agent: {@code pending}, {@code transferring},
 *     {@code completed}…; may be empty
 * @param transferSpeedBps the last non-zero speed in bytes per second; kept after completion
 * @param progressPercent 0–100 with two decimals
 * @param lastTelemetryAt the last progress report, {@code null} before the first
 * @param createdAt when the job was created
 * @param startedAt when it started (equals {@code createdAt}); absent in the start response
 * @param completedAt when it finished; absent while running
 */
public record Backup(
        BackupId id,
        String vmContextId,
        String vmName,
        BackupType type,
        String repositoryId,
        @Nullable String policyId,
        BackupStatus status,
        long bytesTransferred,
        long totalBytes,
        int disksCount,
        @Nullable String errorMessage,
        String currentPhase,
        long transferSpeedBps,
        double progressPercent,
        @Nullable Instant lastTelemetryAt,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt) {

    /**
     * The remaining time at the current speed, computed as the hub has no ETA field.
     *
     * @return the estimate, or empty when the speed or the total is not known yet, or the backup
     *     is not active
     */
    public Optional<Duration> estimatedRemaining() {
        if (!status.isActive() || transferSpeedBps <= 0 || totalBytes <= 0) {
            return Optional.empty();
        }
        long remaining = Math.max(0, totalBytes - bytesTransferred);
        return Optional.of(Duration.ofSeconds(remaining / transferSpeedBps));
    }
}
