package com.sendense.console.hub;

import java.util.List;

/** The hub's mount capacity: 8 NBD devices for the whole hub. */
public record RestoreResources(int activeMounts, int maxMounts, int availableSlots, List<String> allocatedDevices,
        int availableDevices, double utilizationPercent) {

    public RestoreResources {
        allocatedDevices = List.copyOf(allocatedDevices);
    }
}
