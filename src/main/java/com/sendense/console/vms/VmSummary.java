package com.sendense.console.vms;

import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import java.util.List;

/**
 * A VM as the inventory shows it: the hub's context plus its disks, which the hub serves from a
 * separate endpoint.
 *
 * @param context    the hub's VM context
 * @param disks      the VM's disks in hub order (index = the hub's disk_index)
 * @param disksKnown false when the disks could not be read; the list is then empty
 */
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
