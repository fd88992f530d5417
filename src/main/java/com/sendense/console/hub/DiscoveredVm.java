package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** A VM in vCenter; {@code existing} is decided by name alone. */
public record DiscoveredVm(String vmwareId, String name, String path, PowerState powerState, String guestOs,
        int memoryMb, int cpuCount, int diskCount, long capacityBytes, boolean existing, @Nullable String contextId) {}
