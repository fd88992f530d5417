package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Measured live ({@code statfs}); {@code backupCount} is inflated by per-disk rows and failed jobs. */
public record StorageInfo(long totalBytes, long usedBytes, long availableBytes, double usedPercent, int backupCount,
        @Nullable Instant lastCheckAt) {}
