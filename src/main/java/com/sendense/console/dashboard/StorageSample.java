package com.sendense.console.dashboard;

import java.time.Instant;

/**
 * A repository's capacity at one moment.
 *
 * @param at when
 * @param totalBytes the file system size
 * @param usedBytes bytes in use
 * @param estimated reconstructed from backup history rather than measured
 */
public record StorageSample(Instant at, long totalBytes, long usedBytes, boolean estimated) {
}
