package com.sendense.console.hub;

import java.time.Duration;

/** The hub's mount cleanup worker; despite its name {@code idleTimeout} is a hard 1 h TTL from creation. */
public record CleanupStatus(boolean running, Duration cleanupInterval, Duration idleTimeout, int activeMountCount,
        int expiredMountCount) {}
