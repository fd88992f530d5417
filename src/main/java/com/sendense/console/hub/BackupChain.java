package com.sendense.console.hub;

import java.util.List;

/**
 * The hub's backup chain of a VM. <strong>Unreliable:</strong> the hub usually returns only the
 * oldest full backup. Build a recovery-point timeline from
 * {@code backups(BackupFilter.forVm(name).andStatus(COMPLETED))} instead.
 *
 * @param chainId {@code <ctx>-disk<N>-chain}, empty when there is no chain
 * @param vmContextId the VM context id, empty when there is no chain
 * @param vmName the VM name, empty when there is no chain
 * @param diskId the disk index
 * @param repositoryId the repository, empty when there is no chain
 * @param fullBackupId the full backup at the root, empty when there is no chain
 * @param backups the backups in the chain
 * @param totalSizeBytes their total size
 * @param backupCount their number
 */
public record BackupChain(
        String chainId,
        String vmContextId,
        String vmName,
        int diskId,
        String repositoryId,
        String fullBackupId,
        List<Backup> backups,
        long totalSizeBytes,
        int backupCount) {

    public BackupChain {
        backups = List.copyOf(backups);
    }

    /**
     * Whether the VM has no full backup yet.
     *
     * @return {@code true} for the hub's empty chain
     */
    public boolean isEmpty() {
        return backups.isEmpty();
    }
}
