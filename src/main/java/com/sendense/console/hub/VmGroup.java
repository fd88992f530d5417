package com.sendense.console.hub;

/**
 * A machine group a VM belongs to.
 *
 * @param id the group id (a UUID)
 * @param name the group name
 * @param priority the group's scheduling priority
 * @param enabled whether the group is enabled
 */
public record VmGroup(String id, String name, int priority, boolean enabled) {}
