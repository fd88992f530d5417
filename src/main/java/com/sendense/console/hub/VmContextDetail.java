package com.sendense.console.hub;

import java.util.List;

/** Disks come from the disks endpoint: the detail response's own are {@code null} for never-replicated VMs. */
public record VmContextDetail(VmContext context, List<VmDisk> disks) {

    public VmContextDetail {
        disks = List.copyOf(disks);
    }
}
