package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Completed backups of one VM in one repository. */
public record BackupStats(int backupCount, long totalSizeBytes, @Nullable Instant lastBackupAt) {

    /** The hub's own rule for offering an incremental. */
    public boolean incrementalPossible() {
        return backupCount > 0;
    }
}
