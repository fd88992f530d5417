package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A repository's capacity, measured live by the hub ({@code statfs}).
 *
 * @param totalBytes the file system size
 * @param usedBytes bytes in use
 * @param availableBytes bytes free for backups
 * @param usedPercent 0–100
 * @param backupCount the hub's count of job rows; inflated, because it includes internal per-disk
 *     rows and failed jobs
 * @param lastCheckAt when the hub measured, if it said
 */
public record StorageInfo(
        long totalBytes,
        long usedBytes,
        long availableBytes,
        double usedPercent,
        int backupCount,
        @Nullable Instant lastCheckAt) {}
