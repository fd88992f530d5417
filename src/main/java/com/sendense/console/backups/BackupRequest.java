package com.sendense.console.backups;

import com.sendense.console.hub.BackupType;

/**
 * What the operator asked for. Every disk of the VM is always backed up: the hub cannot select disks.
 *
 * @param vmName the VM
 * @param type full or incremental
 * @param repositoryId the target repository
 */
public record BackupRequest(String vmName, BackupType type, String repositoryId) {

    public BackupRequest {
        if (vmName.isBlank() || repositoryId.isBlank()) {
            throw new IllegalArgumentException("A backup needs a VM and a repository");
        }
    }
}
