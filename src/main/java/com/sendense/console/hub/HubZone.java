package com.sendense.console.hub;

import java.time.ZoneId;

/**
 * The hub's local time zone ({@code hub.time-zone}), which is what views need of the hub's
 * configuration: they show hub times as the hub's calendar has them.
 */
public record HubZone(ZoneId zone) {}
