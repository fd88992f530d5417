package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.live.LiveUpdates;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The hub has no duplicate guard: per VM at most one start is in flight and a VM with a running backup is
 * refused. A lost answer is never retried; a backup the hub lists that was not there before is the one.
 *
 * @see "docs/decisions/013-20261125-safe-backup-start.md"
 */
@Component
public class BackupStarter {

    /** The hub drops answers after its 15 s write timeout; look this long for a backup that did start. */
    static final Duration RECOVERY_WINDOW = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(BackupStarter.class);

    private final HubClient hub;
    private final LiveUpdates live;
    private final Executor executor;
    private final Duration recheckInterval;
    private final int rechecks;
    private final Set<String> starting = ConcurrentHashMap.newKeySet();

    @Autowired
    BackupStarter(HubClient hub, LiveUpdates live, HubProperties properties,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this(hub, live, executor, properties.pollInterval(), RECOVERY_WINDOW);
    }

    BackupStarter(HubClient hub, LiveUpdates live, Executor executor, Duration recheckInterval,
            Duration recoveryWindow) {
        this.hub = hub;
        this.live = live;
        this.executor = executor;
        this.recheckInterval = recheckInterval;
        this.rechecks = 1 + (int) (recoveryWindow.toMillis() / Math.max(1, recheckInterval.toMillis()));
    }

    /**
     * Refuses at once when the VM is busy; otherwise talks to the hub on the executor. Public for the
     * protection scheduler, which starts backups without a signed-in user; views go through
     * {@link BackupOperations}.
     */
    public CompletableFuture<StartResult> start(BackupRequest request) {
        String vm = request.vmName();
        var running = live.activeJobFor(vm);
        if (running.isPresent()) {
            return CompletableFuture.completedFuture(new StartResult.AlreadyRunning(vm, running.get()));
        }
        if (!starting.add(vm)) {
            return CompletableFuture.completedFuture(new StartResult.AlreadyRunning(vm, null));
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return startNow(request);
                } finally {
                    starting.remove(vm);
                }
            }, executor);
        } catch (RejectedExecutionException e) {
            starting.remove(vm);
            throw e;
        }
    }

    boolean isStarting(String vmName) {
        return starting.contains(vmName);
    }

    private StartResult startNow(BackupRequest request) {
        String vm = request.vmName();
        List<Backup> before = hub.backups(BackupFilter.forVm(vm));
        Optional<Backup> active = before.stream().filter(b -> b.status().isActive()).findFirst();
        if (active.isPresent()) {
            return new StartResult.AlreadyRunning(vm, live.track(active.get()));
        }
        Set<BackupId> known = before.stream().map(Backup::id).collect(Collectors.toSet());
        try {
            Backup started = hub.startBackup(BackupStartRequest.of(vm, request.type(), request.repositoryId()))
                    .backup();
            live.track(started);
            log.info("Started {} backup {} of {} into {}", request.type().wireValue(), started.id(), vm,
                    request.repositoryId());
            return new StartResult.Started(started);
        } catch (HubUnavailableException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            log.warn("The hub did not answer the start of a backup of {}; looking for it instead of retrying: {}", vm,
                    e.getMessage());
            return recover(request, known, e);
        }
    }

    private StartResult recover(BackupRequest request, Set<BackupId> known, HubUnavailableException lost) {
        @Nullable
        HubException lastCheck = null;
        for (int attempt = 1; attempt <= rechecks; attempt++) {
            try {
                Optional<Backup> ours = hub.backups(BackupFilter.forVm(request.vmName()))
                        .stream()
                        .filter(b -> !known.contains(b.id()))
                        .filter(b -> b.repositoryId().equals(request.repositoryId()) && b.type() == request.type())
                        .findFirst();
                if (ours.isPresent()) {
                    log.warn("Backup {} of {} did start although its answer was lost; following it", ours.get().id(),
                            request.vmName());
                    live.track(ours.get());
                    return new StartResult.Attached(ours.get(), lost);
                }
                lastCheck = null;
            } catch (HubException e) {
                lastCheck = e;
            }
            if (attempt < rechecks && !pause()) {
                break;
            }
        }
        log.error("Cannot tell whether a backup of {} started: the hub's answer was lost and no new backup is listed",
                request.vmName());
        return new StartResult.OutcomeUnknown(request.vmName(), lost, lastCheck);
    }

    /** Waits on the executor's thread (never a UI thread) before looking again. */
    private boolean pause() {
        try {
            Thread.sleep(recheckInterval);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
