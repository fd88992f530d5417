package com.sendense.console.backups;

import com.sendense.console.hub.VmDisk;
import java.util.List;

/** The disks are for information only: the hub reports no per-disk progress. */
public record JobDetails(List<VmDisk> disks, boolean disksKnown, String repositoryName) {

    public JobDetails {
        disks = List.copyOf(disks);
    }

    public long totalDiskBytes() {
        return disks.stream().mapToLong(VmDisk::sizeBytes).sum();
    }
}
