package com.sendense.hubsim.restore;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A completed {@code backup_disks} row. Nothing in the tree is newer than {@code capturedAt}; a
 * {@code hostDirectory} makes the disk's single data partition show that real directory.
 */
public record MountableDisk(long backupDiskId, String backupId, String vmName, int diskIndex, long sizeBytes,
        DiskLayout layout, String qcow2Path, Instant capturedAt, @Nullable Path hostDirectory) {

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
