package com.sendense.console.hub;

/**
 * Always created enabled: the hub keeps a disabled one only until its next restart. It records
 * {@code immutable} and {@code minRetentionDays} but enforces neither.
 */
public record NewRepository(String name, RepositorySpec spec, boolean immutable, int minRetentionDays) {}
