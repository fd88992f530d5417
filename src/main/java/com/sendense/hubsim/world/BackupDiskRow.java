package com.sendense.hubsim.world;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A {@code backup_disks} row and its per-disk {@code backup_jobs} row ({@code backup-<vm>-disk<N>-<stamp>}).
 * {@code completedAt} may lie in the future (completed but not yet mountable) and is null while pending.
 */
public record BackupDiskRow(long backupDiskId, int diskIndex, String perDiskJobId, long sizeBytes, DiskLayout layout,
        String qcow2Path, @Nullable Instant completedAt, @Nullable String changeId, boolean jobRowDeleted) {

    public boolean completedBy(Instant now) {
        return completedAt != null && !completedAt.isAfter(now);
    }

    public BackupDiskRow completing(Instant at, String changeId) {
        return new BackupDiskRow(backupDiskId, diskIndex, perDiskJobId, sizeBytes, layout, qcow2Path, at, changeId,
                jobRowDeleted);
    }

    public BackupDiskRow withJobRowDeleted() {
        return new BackupDiskRow(backupDiskId, diskIndex, perDiskJobId, sizeBytes, layout, qcow2Path, completedAt,
                changeId, true);
    }
}
