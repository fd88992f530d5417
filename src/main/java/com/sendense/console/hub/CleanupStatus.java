package com.sendense.console.hub;

import java.time.Duration;

/**
 * The hub's mount cleanup worker.
 *
 * @param running whether it runs
 * @param cleanupInterval how often it runs (15 min)
 * @param idleTimeout the mount lifetime (1 h); despite the hub's name it is a hard TTL from
 *     creation, not an idle timeout
 * @param activeMountCount mounts in use
 * @param expiredMountCount mounts past their expiry, waiting for the next run
 */
public record CleanupStatus(
        boolean running, Duration cleanupInterval, Duration idleTimeout, int activeMountCount, int expiredMountCount) {}
