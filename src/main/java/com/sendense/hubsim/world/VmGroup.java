package com.sendense.hubsim.world;

/** A machine group (the hub's {@code vm_machine_groups} membership as {@code /vm-contexts} shows it). */
public record VmGroup(String id, String name, int priority, boolean enabled) {}
