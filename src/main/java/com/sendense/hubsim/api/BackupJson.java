package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.StartOutcome;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.BackupDiskRow;
import com.sendense.hubsim.world.BackupRow;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code BackupResponse} in the hub's field order, for each way the hub fills it. */
final class BackupJson {

    private static final String PARENT_FILE_PATH = "/multi-disk-parent";

    private final Timestamps time;

    BackupJson(Timestamps time) {
        this.time = time;
    }

    /** {@code convertToBackupResponse} of a parent row: get, list and chain. */
    GoJson.Struct parent(BackupRow row) {
        return common(row.id(), row, null, "", row.backupType(), row.status(), PARENT_FILE_PATH, row.bytesTransferred(),
                row.totalBytes(), row.disks().size(), "", row.errorMessage(), row.currentPhase(),
                row.transferSpeedBps(), row.progressPercent(), row.lastTelemetryAt(), time.dbZ(row.createdAt()),
                row.completedAt());
    }

    /** A per-disk job row: no disks of its own, {@code pending} until its {@code /complete}. */
    GoJson.Struct perDisk(BackupRow parent, BackupDiskRow disk, Instant now) {
        boolean done = disk.completedBy(now);
        return common(disk.perDiskJobId(), parent, null, "", parent.backupType(), done ? "completed" : "pending",
                disk.qcow2Path(), 0, 0, 0, done && disk.changeId() != null ? disk.changeId() : "", null, "pending", 0,
                0, null, time.dbZ(parent.createdAt()), done ? disk.completedAt() : null);
    }

    /** The {@code POST /backups} response: disk results, NBD targets, {@code type:""}, status {@code started}. */
    GoJson.Struct started(StartOutcome.Started started) {
        List<GoJson.Struct> disks = started.disks()
                .stream()
                .map(d -> GoJson.struct()
                        .put("disk_id", d.diskId())
                        .put("nbd_port", d.nbdPort())
                        .put("nbd_export_name", d.exportName())
                        .put("qcow2_path", d.qcow2Path())
                        .put("qemu_nbd_pid", d.qemuNbdPid())
                        .put("status", "prepared"))
                .toList();
        BackupRow row = started.row();
        return GoJson.struct()
                .put("backup_id", row.id())
                .put("vm_context_id", row.vmContextId())
                .put("vm_name", row.vmName())
                .put("disk_results", disks)
                .put("nbd_targets_string", started.nbdTargets())
                .put("backup_type", row.backupType())
                .put("type", "")
                .put("repository_id", row.repositoryId())
                .putOmitEmpty("policy_id", row.policyId())
                .put("status", "started")
                .put("bytes_transferred", 0)
                .put("total_bytes", 0)
                .put("disks_count", 0)
                .put("current_phase", "")
                .put("transfer_speed_bps", 0)
                .put("progress_percent", 0.0)
                .put("created_at", time.localSeconds(started.createdAt()))
                .putOmitEmpty("tags", row.tags());
    }

    private GoJson.Struct common(String id, BackupRow row, @Nullable Object diskResults, String nbdTargets, String type,
            String status, String filePath, long bytes, long total, int disksCount, String changeId,
            @Nullable String error, String phase, long speed, double progress, @Nullable Instant lastTelemetry,
            String createdAt, @Nullable Instant completedAt) {
        return GoJson.struct()
                .put("backup_id", id)
                .put("vm_context_id", row.vmContextId())
                .put("vm_name", row.vmName())
                .put("disk_results", diskResults)
                .put("nbd_targets_string", nbdTargets)
                .put("backup_type", type)
                .put("type", type)
                .put("repository_id", row.repositoryId())
                .putOmitEmpty("policy_id", row.policyId())
                .put("status", status)
                .putOmitEmpty("file_path", filePath)
                .put("bytes_transferred", bytes)
                .put("total_bytes", total)
                .put("disks_count", disksCount)
                .putOmitEmpty("change_id", changeId)
                .putOmitEmpty("error_message", error)
                .put("current_phase", phase)
                .put("transfer_speed_bps", speed)
                .put("progress_percent", progress)
                .putOmitEmpty("last_telemetry_at", lastTelemetry == null ? null : time.dbZ(lastTelemetry))
                .put("created_at", createdAt)
                .putOmitEmpty("started_at", createdAt)
                .putOmitEmpty("completed_at", completedAt == null ? null : time.dbZ(completedAt));
    }

    /** {@code handlers.ErrorResponse}: the timestamp is always empty. */
    static GoJson.Struct error(String error, String details) {
        return GoJson.struct().put("error", error).put("details", details).put("timestamp", "");
    }
}
