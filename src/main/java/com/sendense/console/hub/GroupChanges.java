package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** {@code null} leaves a field unchanged; a group's schedule can never be removed through the hub. */
public record GroupChanges(@Nullable String name, @Nullable String description, @Nullable Integer maxVms,
        @Nullable Integer priority) {}
