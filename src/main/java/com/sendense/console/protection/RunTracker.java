package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves started VMs to completed or failed from their backups' real status and ends runs. Reads the
 * shared poller's jobs where it follows them and the hub only for the others, once per
 * {@code track-interval} per backup (a run found in the database after a restart is handed back to the
 * poller, so its viewers see live progress again). Once across instances.
 */
@Component
class RunTracker {

    static final String LOCK = "protection-run-tracker";
    /** Longer than any single start takes (the hub's write timeout plus the lost-answer search). */
    static final Duration STARTER_GONE_AFTER = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(RunTracker.class);

    private final HubClient hub;
    private final LiveUpdates live;
    private final RunStore store;
    private final FlowRunner runner;
    private final LockingTaskExecutor locks;
    private final ProtectionProperties properties;
    private final Clock clock;
    private final OneRunAtATime runs = new OneRunAtATime(log, "Tracking protection runs failed unexpectedly");
    private final Map<BackupId, Instant> lastHubRead = new ConcurrentHashMap<>();

    RunTracker(HubClient hub, LiveUpdates live, RunStore store, FlowRunner runner, LockingTaskExecutor locks,
            ProtectionProperties properties, Clock clock) {
        this.hub = hub;
        this.live = live;
        this.store = store;
        this.runner = runner;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelayString = "${console.protection.tick:20s}", initialDelayString = "${console.protection.tick:20s}")
    void trigger() {
        runs.run(this::pollOnce);
    }

    /** One pass over every unfinished run, under the cluster-wide lock. Tests call it. */
    void pollOnce() {
        locks.executeWithLock((Runnable) this::track,
                new LockConfiguration(clock.instant(), LOCK, properties.tick().multipliedBy(10), Duration.ZERO));
    }

    private void track() {
        for (ProtectionRun run : store.unfinished()) {
            try {
                track(run);
            } catch (RuntimeException e) {
                log.error("Could not track run {} of flow {}", run.id(), run.flowName(), e);
            }
        }
    }

    private void track(ProtectionRun run) {
        Instant now = clock.instant();
        boolean starterGone = !runner.starting(run.id()) && store.heartbeatAt(run.id())
                .map(beat -> Duration.between(beat, now).compareTo(STARTER_GONE_AFTER) > 0)
                .orElse(true);
        if (run.vms().isEmpty()) {
            if (starterGone) {
                store.settle(run.id(), run.flowId(), RunState.FAILED,
                        StoredText.encode(Text.of("protection.runMessage.consoleStopped")), now);
            }
            return;
        }
        List<RunVm> vms = new ArrayList<>(run.vms());
        @Nullable
        String stuck = null;
        for (int i = 0; i < vms.size(); i++) {
            RunVm vm = vms.get(i);
            RunVm next = vm;
            if (vm.outcome() == VmOutcome.STARTING && starterGone) {
                next = orphan(run, vm);
            } else if (vm.outcome() == VmOutcome.RUNNING && vm.backupId() != null) {
                Optional<Backup> backup = status(vm.backupId(), now);
                if (backup.isEmpty() && lastHubRead.containsKey(vm.backupId())) {
                    continue;
                }
                next = backup.map(b -> judge(vm, b))
                        .orElseGet(() -> vm.ended(VmOutcome.FAILED,
                                StoredText.encode(Text.of("protection.runMessage.backupGone"))));
                if (next.outcome() == VmOutcome.RUNNING && backup.isPresent() && stuck == null) {
                    stuck = stuck(backup.get(), now);
                }
            }
            if (!next.equals(vm)) {
                if (next.outcome() != vm.outcome()) {
                    log.info("Run {} of flow {}: {} {} → {}", run.id(), run.flowName(), vm.vmName(), vm.outcome(),
                            next.outcome());
                }
                vms.set(i, next);
                store.updateVm(run.id(), i, next, now);
            }
        }
        Optional<RunVerdict> verdict = RunVerdict.of(vms);
        if (verdict.isPresent()) {
            store.settle(run.id(), run.flowId(), verdict.get().state(), verdict.get().message(), now);
            vms.forEach(vm -> {
                if (vm.backupId() != null) {
                    lastHubRead.remove(vm.backupId());
                }
            });
        } else if (stuck != null && run.state() == RunState.RUNNING) {
            store.settle(run.id(), run.flowId(), RunState.STUCK, stuck, now);
        }
    }

    /**
     * The poller's view when it follows the backup; otherwise the hub's, at most once per track
     * interval (empty with a recent read: wait). Empty without a recent read: the hub does not know it.
     */
    private Optional<Backup> status(BackupId id, Instant now) {
        Optional<JobSnapshot> followed = live.job(id);
        if (followed.isPresent() && !followed.get().gone()) {
            return Optional.of(followed.get().backup());
        }
        Instant last = lastHubRead.get(id);
        if (last != null && Duration.between(last, now).compareTo(properties.trackInterval()) < 0) {
            return Optional.empty();
        }
        try {
            Backup backup = hub.backup(id);
            lastHubRead.put(id, now);
            if (backup.status().isActive()) {
                live.track(backup);
            }
            return Optional.of(backup);
        } catch (HubNotFoundException e) {
            lastHubRead.remove(id);
            return Optional.empty();
        } catch (HubException e) {
            log.warn("Cannot read backup {} of a protection run: {}", id, e.getMessage());
            lastHubRead.put(id, now);
            return Optional.empty();
        }
    }

    private static RunVm judge(RunVm vm, Backup backup) {
        return switch (backup.status()) {
            case COMPLETED -> vm.ended(VmOutcome.COMPLETED, vm.message());
            case FAILED, CANCELLED -> vm.ended(VmOutcome.FAILED,
                    backup.errorMessage() == null || backup.errorMessage().isBlank()
                            ? StoredText.encode(Text.of("protection.runMessage.backupFailedNoReason"))
                            : StoredText.encode(Text.of("protection.runMessage.backupFailed", backup.errorMessage())));
            default -> vm;
        };
    }

    private @Nullable String stuck(Backup backup, Instant now) {
        Instant progress = backup.lastTelemetryAt() != null
                ? backup.lastTelemetryAt()
                : backup.startedAt() != null ? backup.startedAt() : backup.createdAt();
        if (Duration.between(progress, now).compareTo(properties.stuckAfter()) <= 0) {
            return null;
        }
        return StoredText.encode(Text.of("protection.runMessage.stuck", backup.id().toString(), backup.vmName(),
                Long.toString(properties.stuckAfter().toHours())));
    }

    /** The instance that was starting this VM stopped: follow a backup it did start, never start another. */
    private RunVm orphan(ProtectionRun run, RunVm vm) {
        try {
            Optional<Backup> started = hub.backups(BackupFilter.forVm(vm.vmName()))
                    .stream()
                    .filter(b -> !b.createdAt().isBefore(run.startedAt().minusSeconds(1)))
                    .min(Comparator.comparing(Backup::createdAt));
            if (started.isPresent()) {
                return vm.running(started.get(), started.get().type(),
                        StoredText.encode(Text.of("protection.runMessage.orphanFollowed")));
            }
            return vm.failed(StoredText.encode(Text.of("protection.runMessage.orphanNotStarted")));
        } catch (HubException e) {
            return vm;
        }
    }
}
