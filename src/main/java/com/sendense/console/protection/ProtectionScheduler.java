package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fires each enabled flow when its cron falls due, in the hub's zone: the hub never does. Once across
 * instances (a ShedLock lock), and a due time is claimed by a unique row, so it fires once even if the
 * locks fail. A due time missed while no console ran is caught up once or recorded as skipped.
 */
@Component
@ConditionalOnProperty(name = "console.protection.run-schedules", havingValue = "true", matchIfMissing = true)
class ProtectionScheduler {

    static final String LOCK = "protection-scheduler";
    static final String STARTED_BY = "scheduler";
    private static final Logger log = LoggerFactory.getLogger(ProtectionScheduler.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final HubClient hub;
    private final RunStore store;
    private final FlowRunner runner;
    private final LockingTaskExecutor locks;
    private final ProtectionProperties properties;
    private final HubZone zone;
    private final Clock clock;
    private final String instance;
    private final Instant consoleStarted;
    private final OneRunAtATime runs = new OneRunAtATime(log, "The protection scheduler failed unexpectedly");
    private final Set<String> reportedInvalid = ConcurrentHashMap.newKeySet();

    @Autowired
    ProtectionScheduler(HubClient hub, RunStore store, FlowRunner runner, LockingTaskExecutor locks,
            ProtectionProperties properties, HubZone zone, Clock clock) {
        this(hub, store, runner, locks, properties, zone, clock, UUID.randomUUID().toString());
    }

    ProtectionScheduler(HubClient hub, RunStore store, FlowRunner runner, LockingTaskExecutor locks,
            ProtectionProperties properties, HubZone zone, Clock clock, String instance) {
        this.hub = hub;
        this.store = store;
        this.runner = runner;
        this.locks = locks;
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
        this.instance = instance;
        this.consoleStarted = clock.instant();
    }

    /** On the task executor: reading the hub's flows may take its whole read timeout. */
    @Async
    @Scheduled(fixedDelayString = "${console.protection.tick:20s}", initialDelayString = "${console.protection.tick:20s}")
    void trigger() {
        runs.run(this::tick);
    }

    /** One look at every flow under the cluster-wide lock; the ids of the runs it started. Tests call it. */
    List<Long> tick() {
        Instant now = clock.instant();
        try {
            var result = locks.executeWithLock(() -> fire(clock.instant()),
                    new LockConfiguration(now, LOCK, properties.tick().multipliedBy(10), Duration.ZERO));
            return result.wasExecuted() && result.getResult() != null ? result.getResult() : List.of();
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            log.error("The protection scheduler's tick failed", e);
            return List.of();
        }
    }

    private List<Long> fire(Instant now) {
        List<ProtectionFlow> flows;
        try {
            flows = hub.protectionFlows();
        } catch (HubException e) {
            log.warn("Cannot read the protection flows, no flow fires until the hub answers: {}", e.getMessage());
            return List.of();
        }
        List<Long> started = new ArrayList<>();
        for (ProtectionFlow flow : flows) {
            try {
                fire(flow, now).ifPresent(started::add);
            } catch (RuntimeException e) {
                log.error("Could not fire flow {}", flow.name(), e);
            }
        }
        return started;
    }

    private Optional<Long> fire(ProtectionFlow flow, Instant now) {
        if (!flow.enabled() || flow.scheduleCron() == null || flow.scheduleCron().isBlank()) {
            return Optional.empty();
        }
        CronSchedule schedule;
        try {
            schedule = CronSchedule.parse(flow.scheduleCron());
            reportedInvalid.remove(flow.id());
        } catch (InvalidScheduleException e) {
            if (reportedInvalid.add(flow.id())) {
                log.warn("Flow {} cannot run on its schedule: {}", flow.name(), e.getMessage());
            }
            return Optional.empty();
        }
        Instant floor = now.minus(properties.lookBack());
        // A flow this console never ran owes nothing from before it started (else a first start, or a
        // flow made elsewhere, would catch up every nightly flow at once); a due time just before the
        // start still runs, as a console restarted at 01:02 should still run 01:00.
        Instant neverRunSince = consoleStarted.minus(properties.lateStartTolerance());
        Instant since = store.lastDueTime(flow.id())
                .orElse(flow.createdAt().isAfter(neverRunSince) ? flow.createdAt() : neverRunSince);
        // Re-enabled or edited since: the due times before that were not missed, they were not wanted.
        Instant changed = flow.updatedAt().minus(properties.lateStartTolerance());
        if (since.isBefore(changed)) {
            since = changed;
        }
        if (since.isBefore(floor)) {
            since = floor;
        }
        Optional<Instant> latest = schedule.latestDueIn(since, now, zone.zone());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Instant due = latest.get();
        int missed = schedule.countDueIn(since, now, zone.zone(), 10_000);
        boolean late = Duration.between(due, now).compareTo(properties.lateStartTolerance()) > 0;
        if (!late) {
            String note = missed > 1
                    ? StoredText.encode(Text.of("protection.runMessage.earlierMissed", Integer.toString(missed - 1)))
                    : null;
            return claim(flow, RunTrigger.SCHEDULE, due, now, note);
        }
        Instant first = schedule.next(since, zone.zone()).map(t -> t.toInstant()).orElse(due);
        Text missedText = missed == 1
                ? Text.of("protection.runMessage.missedOne", when(due))
                : Text.of("protection.runMessage.missedMany", Integer.toString(missed), when(first), when(due));
        if (properties.catchUp() == ProtectionProperties.CatchUp.SKIP) {
            store.recordSkipped(run(flow, RunTrigger.CATCH_UP, due, now, null),
                    StoredText.encode(missedText, Text.of("protection.runMessage.notCaughtUp")));
            return Optional.empty();
        }
        return claim(flow, RunTrigger.CATCH_UP, due, now,
                StoredText.encode(missedText, Text.of("protection.runMessage.caughtUp")));
    }

    private Optional<Long> claim(ProtectionFlow flow, RunTrigger trigger, Instant due, Instant now,
            @Nullable String message) {
        NewRun run = run(flow, trigger, due, now, message);
        return switch (store.start(run,
                busy -> StoredText.join(
                        StoredText.encode(Text.of("protection.runMessage.skipped", Long.toString(busy), when(due))),
                        message))) {
            case RunStore.Claim.Started s -> {
                log.info("Flow {} fires for {} ({})", flow.name(), when(due), trigger);
                runner.runLater(s.runId(), flow);
                yield Optional.of(s.runId());
            }
            case RunStore.Claim.Busy b -> {
                log.info("Flow {} skipped at {}: run {} is still going", flow.name(), when(due), b.busyRunId());
                yield Optional.empty();
            }
            case RunStore.Claim.Taken t -> Optional.empty();
            case RunStore.Claim.Refused r -> Optional.empty();
        };
    }

    private NewRun run(ProtectionFlow flow, RunTrigger trigger, Instant due, Instant now, @Nullable String message) {
        return new NewRun(flow.id(), flow.name(), trigger, due, now, STARTED_BY, message, instance);
    }

    private String when(Instant t) {
        return WHEN.format(t.atZone(zone.zone()));
    }
}
