package com.sendense.console.alerts;

import com.sendense.console.hub.HubProperties;
import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds what is wrong, once across instances (ShedLock), and writes an outbox row per recipient for each
 * cause seen for the first time, in the same transaction as the cause itself: an alert is either raised
 * and queued, or neither, whatever stops when.
 */
@Component
class AlertDetector {

    static final String LOCK = "alerts-detector";
    private static final Logger log = LoggerFactory.getLogger(AlertDetector.class);

    private final FactsSource reader;
    private final CauseBook causes;
    private final Recipients recipients;
    private final Outbox outbox;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate tx;
    private final AlertProperties properties;
    private final Duration stallThreshold;
    private final Clock clock;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Detecting alerts failed unexpectedly");

    AlertDetector(FactsSource reader, CauseBook causes, Recipients recipients, Outbox outbox, LockingTaskExecutor locks,
            TransactionTemplate tx, AlertProperties properties, HubProperties hub, Clock clock) {
        this.reader = reader;
        this.causes = causes;
        this.recipients = recipients;
        this.outbox = outbox;
        this.locks = locks;
        this.tx = tx;
        this.properties = properties;
        this.stallThreshold = hub.stallThreshold();
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelayString = "${console.alerts.detect-interval:1m}", initialDelayString = "${console.alerts.detect-interval:1m}")
    void trigger() {
        runs.run(this::pollOnce);
    }

    /** One pass under the cluster-wide lock. Tests call it. */
    void pollOnce() {
        locks.executeWithLock((Runnable) this::detect, new LockConfiguration(clock.instant(), LOCK,
                properties.detectInterval().multipliedBy(10), Duration.ZERO));
    }

    private void detect() {
        AlertFacts facts = reader.read();
        Instant now = clock.instant();
        AlertRules.Detection detection = AlertRules.detect(facts, now, properties, stallThreshold);
        Map<String, AlertEvent> byCause = new LinkedHashMap<>();
        detection.events().forEach(e -> byCause.putIfAbsent(e.causeKey(), e));
        for (AlertEvent event : byCause.values()) {
            tx.executeWithoutResult(status -> {
                if (causes.raise(event, now, properties.collapseWindow())) {
                    var targets = recipients.of(event);
                    targets.forEach(t -> outbox.enqueue(event, t, now));
                    log.info("Alert {} raised for {} recipient(s)", event.causeKey(), targets.size());
                }
            });
        }
        causes.clearAllBut(detection.readKinds(), byCause.keySet(), now);
        causes.forget(now.minus(properties.lookBack()).minus(properties.collapseWindow()));
    }
}
