package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Completed backups of one VM in one repository. {@code backupCount > 0} is the hub's own rule for
 * "an incremental is possible".
 *
 * @param backupCount completed backups
 * @param totalSizeBytes their total size
 * @param lastBackupAt the newest one, or {@code null} when there is none
 */
public record BackupStats(int backupCount, long totalSizeBytes, @Nullable Instant lastBackupAt) {

    /**
     * Whether an incremental backup can be started.
     *
     * @return {@code true} when a completed backup exists
     */
    public boolean incrementalPossible() {
        return backupCount > 0;
    }
}
