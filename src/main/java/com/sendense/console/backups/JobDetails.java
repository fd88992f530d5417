package com.sendense.console.backups;

import com.sendense.console.hub.VmDisk;
import java.util.List;

/**
 * What the progress views show besides the live numbers.
 *
 * @param disks the VM's current disks, for information only: the hub reports no per-disk progress
 * @param disksKnown {@code false} when the disks could not be read
 * @param repositoryName the target repository's name, or its id when the name is not known
 */
public record JobDetails(List<VmDisk> disks, boolean disksKnown, String repositoryName) {

    public JobDetails {
        disks = List.copyOf(disks);
    }

    public long totalDiskBytes() {
        return disks.stream().mapToLong(VmDisk::sizeBytes).sum();
    }
}
