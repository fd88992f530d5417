package com.sendense.hubsim.restore;

import java.util.Optional;

/**
 * What the restore half of the simulator needs to know about backups: the hub's
 * {@code backup_disks} table. Implemented by the backup half of the simulator.
 */
public interface BackupCatalog {

    /**
     * The disk {@code diskIndex} of the parent backup {@code backupId}, if that backup exists and
     * the disk's backup is completed (the hub's mount precondition).
     */
    Optional<MountableDisk> completedDisk(String backupId, int diskIndex);
}
