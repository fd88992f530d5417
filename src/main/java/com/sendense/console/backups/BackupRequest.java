package com.sendense.console.backups;

import com.sendense.console.hub.BackupType;

/** Every disk of the VM is always backed up: the hub cannot select disks. */
public record BackupRequest(String vmName, BackupType type, String repositoryId) {

    public BackupRequest {
        if (vmName.isBlank() || repositoryId.isBlank()) {
            throw new IllegalArgumentException("A backup needs a VM and a repository");
        }
    }
}
