package com.sendense.hubsim.world;

import java.util.List;

/**
 * Named roles in the generated demo world, so tests and demos need not hard-code names. The same
 * seed always gives the same facts.
 *
 * @param localRepositoryId the local repository most VMs back up into
 * @param nfsRepositoryId the NFS repository (file servers, monthly archive)
 * @param disabledRepositoryId a repository that exists in the database but is disabled: not listed,
 *     and {@code POST /backups} into it fails with {@code failed to prepare backup disk}
 * @param protectedVm a Windows VM with a completed full and incrementals in the local repository
 * @param linuxVm a Linux VM with completed backups in the local repository
 * @param vmWithoutCredential {@code credential_id: null}: starting a backup leaves an orphan {@code running} row
 * @param vmWithoutDisks discovery never recorded disks: {@code 404 No disks found for VM}
 * @param lvmOnlyVm disk 1 is {@code LINUX_LVM_ONLY}: mounting it fails
 * @param dashedVm a VM whose name contains {@code -disk}, so {@code GET /backups} hides its backups
 * @param staleVm recent backups failed; the last good one is several days old
 * @param neverBackedUpVms VMs without any backup
 * @param stuckBackupId a backup {@code running} for days without telemetry
 * @param runningBackupId a backup transferring when the simulator starts, or {@code ""} for an empty world
 * @param hostileNamedVms backed-up VMs whose names VMware allows but URLs and HTML do not like: a space, quotes,
 *     an en dash, umlauts and {@code <test>}, and one of exactly 120 characters
 */
public record WorldFacts(String localRepositoryId, String nfsRepositoryId, String disabledRepositoryId,
        String protectedVm, String linuxVm, String vmWithoutCredential, String vmWithoutDisks, String lvmOnlyVm,
        String dashedVm, String staleVm, List<String> neverBackedUpVms, String stuckBackupId, String runningBackupId,
        List<String> hostileNamedVms) {

    public WorldFacts {
        neverBackedUpVms = List.copyOf(neverBackedUpVms);
        hostileNamedVms = List.copyOf(hostileNamedVms);
    }
}
