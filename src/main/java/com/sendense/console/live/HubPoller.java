package com.sendense.console.live;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.RestoreResources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one background reader of the hub, on the task executor so a slow hub never blocks the ticker; idle
 * when nobody watches. A followed job that left the running list is read once more for its final state.
 */
@Component
class HubPoller {

    static final Duration HEALTH_INTERVAL_WHEN_UP = Duration.ofSeconds(15);

    /** Mounts change only when someone mounts or unmounts, or at the hub's 15-minute cleanup. */
    static final Duration MOUNTS_INTERVAL = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(HubPoller.class);

    private final HubClient hub;
    private final LiveUpdates live;
    private final Clock clock;
    private final Duration stallThreshold;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Hub poll failed unexpectedly");
    private final Map<BackupId, Throughput> throughput = new HashMap<>();
    private volatile Instant lastHealthCheck = Instant.EPOCH;
    private boolean jobsFailing;
    private volatile Instant lastMountsPoll = Instant.EPOCH;

    HubPoller(HubClient hub, LiveUpdates live, HubProperties properties, Clock clock) {
        this.hub = hub;
        this.live = live;
        this.clock = clock;
        this.stallThreshold = properties.stallThreshold();
    }

    @Async
    @Scheduled(fixedDelayString = "${hub.poll-interval:3s}", initialDelay = 1000)
    void trigger() {
        runs.run(this::pollOnce);
    }

    synchronized void pollOnce() {
        // The first check happens even before anyone watches, so the first UI never shows "checking".
        boolean wanted = live.hasStatusListeners() || live.hubStatus().state() == HubStatus.State.UNKNOWN;
        if (wanted && healthCheckDue()) {
            checkHealth();
        }
        Set<BackupId> followed = live.activeJobIds();
        if (!followed.isEmpty() || live.hasJobListeners()) {
            pollJobs(followed);
        }
        if (live.hasMountListeners() && mountsDue()) {
            pollMounts();
        }
    }

    private void pollJobs(Set<BackupId> followed) {
        List<Backup> running;
        try {
            running = hub.backups(BackupFilter.withStatus(BackupStatus.RUNNING));
        } catch (HubException e) {
            // The health check reports outages; the jobs keep their last state until the hub answers.
            if (!jobsFailing) {
                log.warn("Cannot read running backups: {}", e.getMessage());
            }
            jobsFailing = true;
            live.jobsUnreadable(clock.instant());
            return;
        }
        jobsFailing = false;
        Instant now = clock.instant();
        live.jobsRead(now);
        List<JobSnapshot> changed = new ArrayList<>();
        Set<BackupId> seen = new HashSet<>();
        for (Backup backup : running) {
            seen.add(backup.id());
            snapshot(backup, now, changed);
        }
        for (BackupId id : followed) {
            if (!seen.contains(id) && finalState(id, now, changed)) {
                seen.add(id);
            }
        }
        throughput.keySet().retainAll(seen);
        // Publishes also when nothing changed but an outage ended; otherwise it returns at once.
        live.publishJobs(changed);
    }

    /** Whether still active: it started after the list was read, or the hub hides it (VM names with {@code -disk}). */
    private boolean finalState(BackupId id, Instant now, List<JobSnapshot> changed) {
        try {
            Backup backup = hub.backup(id);
            snapshot(backup, now, changed);
            return backup.status().isActive();
        } catch (HubNotFoundException e) {
            live.job(id)
                    .ifPresent(last -> changed.add(new JobSnapshot(last.backup(), last.smoothedBytesPerSecond(), null,
                            last.speedHistory(), null, false, true)));
            return false;
        } catch (HubException e) {
            log.warn("Cannot read the final state of backup {}: {}", id, e.getMessage());
            return true;
        }
    }

    private void snapshot(Backup backup, Instant now, List<JobSnapshot> changed) {
        Throughput t = throughput.computeIfAbsent(backup.id(), k -> new Throughput());
        t.update(backup, now);
        JobSnapshot next = t.snapshot(backup, now, stallThreshold);
        if (!Objects.equals(live.job(backup.id()).orElse(null), next)) {
            changed.add(next);
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
            // The mounts keep their last known state, marked as such until the hub answers again.
            log.debug("Could not read the hub's mounts: {}", e.getMessage());
            live.mountsUnreadable(now);
        }
    }

    void healthCheckDueNow() {
        lastHealthCheck = Instant.EPOCH;
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
