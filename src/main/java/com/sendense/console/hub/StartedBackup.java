package com.sendense.console.hub;

import java.util.List;

/**
 * The hub's answer to {@link HubClient#startBackup(BackupStartRequest)}.
 *
 * @param backup the new backup, status {@link BackupStatus#STARTED}; poll
 *     {@link HubClient#backup(BackupId)} for progress
 * @param diskResults one entry per disk
 */
public record StartedBackup(Backup backup, List<DiskBackupResult> diskResults) {

    public StartedBackup {
        diskResults = List.copyOf(diskResults);
    }
}
