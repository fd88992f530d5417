package com.sendense.console.live;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
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

    private static final Logger log = LoggerFactory.getLogger(HubPoller.class);

    private final HubClient hub;
    private final LiveUpdates live;
    private final Clock clock;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile Instant lastHealthCheck = Instant.EPOCH;

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
