package com.sendense.console.hub;

public record VmGroup(String id, String name, int priority, boolean enabled) {}
