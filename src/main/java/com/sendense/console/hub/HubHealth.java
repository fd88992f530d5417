package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Proves only that the hub process answers: {@code healthy} and {@code connected} are hard-coded. */
public record HubHealth(String status, String service, String version, String database, @Nullable Instant timestamp) {}
