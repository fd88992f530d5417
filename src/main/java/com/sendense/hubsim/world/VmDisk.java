package com.sendense.hubsim.world;

import com.sendense.hubsim.restore.MountableDisk.DiskLayout;

/** {@code diskId}: VMware device keys ({@code disk-2000}, …); {@code usedBytes}: what a full backup transfers. */
public record VmDisk(String diskId, int sizeGb, long usedBytes, DiskLayout layout) {

    public static final long GIB = 1L << 30;

    public long capacityBytes() {
        return sizeGb * GIB;
    }
}
