package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The hub's {@code /health} answer. It proves the hub process answers; {@code status} is always
 * {@code healthy} and {@code database} is {@code connected} without a real check.
 *
 * @param status always {@code healthy}
 * @param service {@code SHA API}
 * @param version the hub's version, e.g. {@code 1.0.0}
 * @param database {@code connected}
 * @param timestamp the hub's clock, if it sent one
 */
public record HubHealth(String status, String service, String version, String database, @Nullable Instant timestamp) {}
