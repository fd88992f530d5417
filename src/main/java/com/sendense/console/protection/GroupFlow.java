package com.sendense.console.protection;

/** A protection flow whose target is a machine group. */
public record GroupFlow(String id, String name, boolean enabled) {}
