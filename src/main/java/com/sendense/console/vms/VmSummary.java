package com.sendense.console.vms;

import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import java.util.List;

/** {@code disks} are in hub order (index = the hub's disk_index), empty when {@code disksKnown} is false. */
public record VmSummary(VmContext context, List<VmDisk> disks, boolean disksKnown) {

    public VmSummary {
        disks = List.copyOf(disks);
    }

    public String name() {
        return context.vmName();
    }

    public long totalDiskBytes() {
        return disks.stream().mapToLong(VmDisk::sizeBytes).sum();
    }
}
