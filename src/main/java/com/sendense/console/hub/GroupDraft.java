package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * A new machine group, without a schedule (one would start replication). {@code maxVms} is sent as
 * {@code max_concurrent_vms}, which caps the group's size; 0 becomes the hub's default of 5.
 */
public record GroupDraft(String name, @Nullable String description, int maxVms, int priority) {}
