package com.sendense.console.hub;

import java.util.List;

/**
 * A VM with its disks.
 *
 * @param context the VM; its {@link VmContext#groups()} are empty because the hub's detail
 *     response has none
 * @param disks the VM's current disks in {@code disk_index} order, read from the disks endpoint
 *     (the detail response's own {@code disks} is {@code null} for VMs that were never replicated)
 */
public record VmContextDetail(VmContext context, List<VmDisk> disks) {

    public VmContextDetail {
        disks = List.copyOf(disks);
    }
}
