package com.sendense.console.alerts;

import com.sendense.console.hub.HubProperties;
import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the alerts held for digest readers into one message each, once a day at {@code digest-hour}
 * (hub's zone). It needs no memory of its own: after a pass no held row older than the last digest time
 * is left, so a late or repeated pass (restart, second instance) folds nothing twice.
 */
@Component
class DigestJob {

    static final String LOCK = "alerts-digest";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final Outbox outbox;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;
    private final AlertProperties properties;
    private final ZoneId zone;
    private final Clock clock;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Building alert digests failed unexpectedly");

    DigestJob(Outbox outbox, LockingTaskExecutor locks, TransactionTemplate tx, AlertProperties properties,
            HubProperties hub, Clock clock) {
        this.outbox = outbox;
        this.locks = locks;
        this.tx = tx;
        this.properties = properties;
        this.zone = hub.timeZone();
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void trigger() {
        runs.run(this::pollOnce);
    }

    void pollOnce() {
        locks.executeWithLock((Runnable) this::fold,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
    }

    /** The latest digest time that has passed. */
    Instant lastDigestTime(Instant now) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(properties.digestHour(), 0).atZone(zone);
        return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
    }

    private void fold() {
        Instant now = clock.instant();
        Instant before = lastDigestTime(now);
        for (Target target : outbox.heldTargets(before)) {
            tx.executeWithoutResult(status -> {
                long digest = outbox.insert(target, Delivery.DIGEST, "DIGEST:" + target.userId() + ":" + before, "",
                        null, "", 0, before, Delivery.State.PENDING, now);
                int count = outbox.fold(target, digest, before);
                outbox.setAmount(digest, count);
            });
        }
    }
}
