package com.sendense.console.live;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.RestoreResources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one background reader of the hub. It runs on the task executor so a slow hub never blocks
 * the scheduler that also drives the 1 Hz ticker, skips a tick while the previous one is still
 * running, and costs nothing when nobody is watching.
 */
@Component
class HubPoller {

    /** While the hub is up, its health needs checking far less often than jobs change. */
    static final Duration HEALTH_INTERVAL_WHEN_UP = Duration.ofSeconds(15);

    /** Mounts change only when someone mounts or unmounts, or at the hub's 15-minute cleanup. */
    static final Duration MOUNTS_INTERVAL = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(HubPoller.class);

    private final HubClient hub;
    private final LiveUpdates live;
    private final Clock clock;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile Instant lastHealthCheck = Instant.EPOCH;
    private volatile Instant lastMountsPoll = Instant.EPOCH;

    HubPoller(HubClient hub, LiveUpdates live, Clock clock) {
        this.hub = hub;
        this.live = live;
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelayString = "${hub.poll-interval:3s}", initialDelay = 1000)
    void trigger() {
        if (!inFlight.compareAndSet(false, true)) {
            return;
        }
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.error("Hub poll failed unexpectedly", e);
        } finally {
            inFlight.set(false);
        }
    }

    /** One round of polling; tests call it directly instead of waiting for the scheduler. */
    void pollOnce() {
        // The first check happens even before anyone watches, so the first UI never shows "checking".
        boolean wanted = live.hasStatusListeners() || live.hubStatus().state() == HubStatus.State.UNKNOWN;
        if (wanted && healthCheckDue()) {
            checkHealth();
        }
        if (live.hasMountListeners() && mountsDue()) {
            pollMounts();
        }
    }

    private boolean mountsDue() {
        // Read the request flag first so a refresh request is consumed even when the interval is due anyway.
        boolean requested = live.takeMountsRefreshRequest();
        return requested || !clock.instant().isBefore(lastMountsPoll.plus(MOUNTS_INTERVAL));
    }

    private void pollMounts() {
        Instant now = clock.instant();
        lastMountsPoll = now;
        try {
            var mounts = hub.mounts();
            RestoreResources resources = null;
            try {
                resources = hub.restoreResources();
            } catch (HubException e) {
                log.debug("Could not read the hub's restore resources: {}", e.getMessage());
            }
            live.publishMounts(new MountsSnapshot(mounts, resources, now));
        } catch (HubException e) {
            // The status banner reports an unreachable hub; the mounts keep their last known state.
            log.debug("Could not read the hub's mounts: {}", e.getMessage());
        }
    }

    private boolean healthCheckDue() {
        HubStatus status = live.hubStatus();
        return status.state() != HubStatus.State.UP
                || !clock.instant().isBefore(lastHealthCheck.plus(HEALTH_INTERVAL_WHEN_UP));
    }

    private void checkHealth() {
        Instant now = clock.instant();
        lastHealthCheck = now;
        HubStatus current = live.hubStatus();
        try {
            live.publishHubStatus(current.up(hub.health().version(), now));
        } catch (HubException e) {
            if (!current.isDown()) {
                log.warn("Hub is unreachable: {}", e.getMessage());
            }
            live.publishHubStatus(current.down(e, now));
        }
    }
}
