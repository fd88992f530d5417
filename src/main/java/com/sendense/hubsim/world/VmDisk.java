package com.sendense.hubsim.world;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;

/**
 * A {@code vm_disks} row plus what the simulator needs to make backups of it believable.
 *
 * @param diskId    {@code disk-2000}, {@code disk-2001}, … (VMware device keys)
 * @param sizeGb    provisioned size in GiB, as {@code /vm-contexts/{id}/disks} reports it
 * @param usedBytes allocated data on the disk: what a full backup transfers
 * @param layout    what the restore half shows when the disk is mounted
 */
public record VmDisk(String diskId, int sizeGb, long usedBytes, DiskLayout layout) {

    public static final long GIB = 1L << 30;

    public long capacityBytes() {
        return sizeGb * GIB;
    }
}
