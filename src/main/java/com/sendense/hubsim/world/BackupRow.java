package com.sendense.hubsim.world;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A parent {@code backup_jobs} row with its disks, replaced whole as telemetry arrives so readers see a
 * consistent snapshot. {@code totalBytes} is 0 until the first telemetry.
 */
public record BackupRow(String id, String vmContextId, String vmName, String repositoryId, String backupType,
        String policyId, String status, long bytesTransferred, long totalBytes, @Nullable String errorMessage,
        String currentPhase, long transferSpeedBps, double progressPercent, @Nullable Instant lastTelemetryAt,
        Instant createdAt, @Nullable Instant completedAt, Map<String, String> tags, List<BackupDiskRow> disks) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    public BackupRow {
        tags = Map.copyOf(tags);
        disks = List.copyOf(disks);
    }

    /** A freshly inserted parent row: {@code running}, phase {@code pending}, no telemetry. */
    public static BackupRow started(String id, VmContext vm, String repositoryId, String backupType, String policyId,
            Map<String, String> tags, Instant createdAt, List<BackupDiskRow> disks) {
        return new BackupRow(id, vm.contextId(), vm.vmName(), repositoryId, backupType, policyId, RUNNING, 0, 0, null,
                "pending", 0, 0, null, createdAt, null, tags, disks);
    }

    public boolean running() {
        return status.equals(RUNNING);
    }

    public BackupRow withTelemetry(long bytes, long total, long speed, Instant at) {
        return new BackupRow(id, vmContextId, vmName, repositoryId, backupType, policyId, status, bytes, total,
                errorMessage, "transferring", speed == 0 ? transferSpeedBps : speed, percent(bytes, total), at,
                createdAt, completedAt, tags, disks);
    }

    /** Telemetry reported {@code completed}; the disks become completed at {@code disksCompleteAt}. */
    public BackupRow completed(Instant at, Instant disksCompleteAt, UnaryOperator<BackupDiskRow> diskCompletion) {
        return new BackupRow(id, vmContextId, vmName, repositoryId, backupType, policyId, COMPLETED, totalBytes,
                totalBytes, null, "completed", transferSpeedBps, 100, at, createdAt, at, tags,
                disks.stream().map(d -> d.completedAt() == null ? diskCompletion.apply(d) : d).toList());
    }

    /** Failed by telemetry or by the stale-job detector; the phase stays where it was. */
    public BackupRow failed(String message, Instant at) {
        return new BackupRow(id, vmContextId, vmName, repositoryId, backupType, policyId, FAILED, bytesTransferred,
                totalBytes, message, currentPhase, transferSpeedBps, progressPercent, lastTelemetryAt, createdAt, at,
                tags, disks);
    }

    public BackupRow withDisks(List<BackupDiskRow> newDisks) {
        return new BackupRow(id, vmContextId, vmName, repositoryId, backupType, policyId, status, bytesTransferred,
                totalBytes, errorMessage, currentPhase, transferSpeedBps, progressPercent, lastTelemetryAt, createdAt,
                completedAt, tags, newDisks);
    }

    public static double percent(long bytes, long total) {
        if (total <= 0) {
            return 0;
        }
        return Math.min(100.0, Math.round(bytes * 10000.0 / total) / 100.0);
    }
}
