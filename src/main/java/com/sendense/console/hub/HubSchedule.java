package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A hub schedule: for a flow only a label that gives it a cron ({@code schedule_cron}); the hub
 * never runs flows on it. Six fields with seconds; the hub accepts five-field ones that never fire.
 * Its {@code timeZone} is stored and ignored: the hub's cron runs in the hub's local time.
 */
public record HubSchedule(String id, String name, @Nullable String description, String cron, String timeZone,
        boolean enabled, Instant createdAt, Instant updatedAt) {}
