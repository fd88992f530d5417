package com.sendense.console.dashboard;

import java.time.Instant;

/** {@code estimated}: reconstructed from backup history rather than measured. */
public record StorageSample(Instant at, long totalBytes, long usedBytes, boolean estimated) {}
