package com.sendense.hubsim.restore;

import java.util.Optional;

/** The hub's {@code backup_disks} table, as the simulator's backup half serves it to the restore half. */
public interface BackupCatalog {

    /** Only a completed backup's disks: the hub's mount precondition. */
    Optional<MountableDisk> completedDisk(String backupId, int diskIndex);
}
