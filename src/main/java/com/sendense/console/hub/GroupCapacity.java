package com.sendense.console.hub;

/** {@code max_concurrent_vms} also caps how many VMs a group may hold. */
public record GroupCapacity(int currentMembers, int maxConcurrentVms, int available, boolean atCapacity) {}
