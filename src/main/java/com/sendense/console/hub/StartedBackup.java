package com.sendense.console.hub;

import java.util.List;

/** The backup has status {@link BackupStatus#STARTED}, which only this response carries. */
public record StartedBackup(Backup backup, List<DiskBackupResult> diskResults) {

    public StartedBackup {
        diskResults = List.copyOf(diskResults);
    }
}
