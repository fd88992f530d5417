package com.sendense.hubsim.restore;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One completed disk of a backup, as the restore simulator sees it (a {@code backup_disks} row).
 *
 * @param backupDiskId  {@code backup_disks.id}, unique across the hub
 * @param backupId      the parent backup id
 * @param vmName        the VM
 * @param diskIndex     0-based disk index
 * @param sizeBytes     virtual disk size
 * @param layout        what is on the disk
 * @param qcow2Path     where the real hub would keep the image
 * @param capturedAt    when the backup was taken: nothing in the tree is newer
 * @param hostDirectory if set, the disk's single data partition shows this real directory
 */
public record MountableDisk(
        long backupDiskId,
        String backupId,
        String vmName,
        int diskIndex,
        long sizeBytes,
        DiskLayout layout,
        String qcow2Path,
        Instant capturedAt,
        @Nullable Path hostDirectory) {

    /** What a simulated disk holds. */
    public enum DiskLayout {
        /** Windows system disk: System Reserved, the C: volume (Windows, Program Files, Users...), Recovery. */
        WINDOWS_SYSTEM,
        /** Windows data disk: one NTFS data volume (shares, department folders, the 100,000-entry folder). */
        WINDOWS_DATA,
        /** Linux system disk: /boot and / (etc, home, var/log...). */
        LINUX_SYSTEM,
        /** Linux data disk with a partition table and one ext4/xfs partition. */
        LINUX_DATA,
        /** LVM-only or whole-disk file system: the hub finds no mountable partition. */
        LINUX_LVM_ONLY
    }
}
