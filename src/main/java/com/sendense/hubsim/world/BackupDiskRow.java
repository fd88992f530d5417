package com.sendense.hubsim.world;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One disk of a backup: its {@code backup_disks} row and its internal per-disk {@code backup_jobs} row.
 *
 * @param backupDiskId  {@code backup_disks.id}
 * @param perDiskJobId  {@code backup-<vm>-disk<N>-<yyyymmdd-hhmmss>}
 * @param sizeBytes     virtual size of the disk
 * @param completedAt   when the SBC's {@code /complete} call marks the disk completed; may lie in
 *                      the future (the "completed but not yet mountable" window), null while pending
 * @param changeId      the VMware change id recorded by {@code /complete}
 * @param jobRowDeleted the per-disk {@code backup_jobs} row was deleted through {@code DELETE /backups/{id}}
 */
public record BackupDiskRow(
        long backupDiskId,
        int diskIndex,
        String perDiskJobId,
        long sizeBytes,
        DiskLayout layout,
        String qcow2Path,
        @Nullable Instant completedAt,
        @Nullable String changeId,
        boolean jobRowDeleted) {

    public boolean completedBy(Instant now) {
        return completedAt != null && !completedAt.isAfter(now);
    }

    public BackupDiskRow completing(Instant at, String changeId) {
        return new BackupDiskRow(backupDiskId, diskIndex, perDiskJobId, sizeBytes, layout, qcow2Path, at, changeId, jobRowDeleted);
    }

    public BackupDiskRow withJobRowDeleted() {
        return new BackupDiskRow(backupDiskId, diskIndex, perDiskJobId, sizeBytes, layout, qcow2Path, completedAt, changeId, true);
    }
}
