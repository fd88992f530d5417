package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** A new hub schedule, or the whole of one to update; the hub checks only the cron's field count and the zone. */
public record ScheduleDraft(String name, @Nullable String description, String cron, String timeZone) {}
