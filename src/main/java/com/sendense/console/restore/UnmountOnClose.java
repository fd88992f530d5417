package com.sendense.console.restore;

import com.sendense.console.hub.HubException;
import com.sendense.console.hub.MountId;
import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Frees the hub slot of a mount nobody has used for the grace period: one sweep for all, never a timer per view. */
@Component
class UnmountOnClose {

    private static final Logger log = LoggerFactory.getLogger(UnmountOnClose.class);

    private final MountUsage usage;
    private final MountService mounts;
    private final RestoreProperties properties;
    private final Clock clock;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Unmount-on-close sweep failed unexpectedly");

    UnmountOnClose(MountUsage usage, MountService mounts, RestoreProperties properties, Clock clock) {
        this.usage = usage;
        this.mounts = mounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelayString = "${console.restore.sweep-interval:30s}", initialDelayString = "${console.restore.sweep-interval:30s}")
    @SchedulerLock(name = "unmount-on-close", lockAtMostFor = "5m", lockAtLeastFor = "30s")
    void trigger() {
        runs.run(this::sweepOnce);
    }

    void sweepOnce() {
        Instant now = clock.instant();
        Instant idleBefore = now.minus(properties.unmountGrace());
        for (Map.Entry<MountId, Instant> idle : usage.idleMounts().entrySet()) {
            MountId id = idle.getKey();
            // Claiming re-checks under the lock: someone may have come back since the listing.
            if (!usage.claimIdle(id, idleBefore)) {
                continue;
            }
            try {
                mounts.unmountUnused(id);
                log.info("Unmounted {}: nobody has used it for {}", id, properties.unmountGrace());
            } catch (HubException e) {
                usage.unclaim(id, idle.getValue());
                log.warn("Could not unmount unused mount {}; trying again at the next sweep: {}", id, e.getMessage());
            }
        }
    }
}
