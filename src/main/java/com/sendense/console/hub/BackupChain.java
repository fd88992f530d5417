package com.sendense.console.hub;

import java.util.List;

/**
 * The hub's backup chain of a VM, disk 0. Unreliable: the hub usually returns only the oldest full
 * backup, so build timelines from {@code backups(forVm(name).andStatus(COMPLETED))}. Ids are empty
 * when there is no chain.
 */
public record BackupChain(String chainId, String vmContextId, String vmName, int diskId, String repositoryId,
        String fullBackupId, List<Backup> backups, long totalSizeBytes, int backupCount) {

    public BackupChain {
        backups = List.copyOf(backups);
    }

    /** The hub's answer when the VM has no full backup yet. */
    public boolean isEmpty() {
        return backups.isEmpty();
    }
}
