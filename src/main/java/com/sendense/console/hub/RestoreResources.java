package com.sendense.console.hub;

import java.util.List;

/**
 * The hub's mount capacity (8 NBD devices for the whole hub). Grey out "Mount" when
 * {@code availableSlots == 0}.
 *
 * @param activeMounts mounts in use
 * @param maxMounts the limit, 8
 * @param availableSlots free mounts
 * @param allocatedDevices NBD devices in use
 * @param availableDevices free NBD devices
 * @param utilizationPercent 0–100
 */
public record RestoreResources(
        int activeMounts,
        int maxMounts,
        int availableSlots,
        List<String> allocatedDevices,
        int availableDevices,
        double utilizationPercent) {

    public RestoreResources {
        allocatedDevices = List.copyOf(allocatedDevices);
    }
}
