package com.sendense.console.protection;

import com.sendense.console.backups.BackupRequest;
import com.sendense.console.backups.BackupStarter;
import com.sendense.console.backups.StartResult;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs one recorded run: resolves the flow's VMs now and starts them one after another through the
 * wizard's guarded start (no second start of a busy VM, no blind retry after a lost answer), full when
 * the repository holds no completed full of the VM. The hub's {@code execute} is never used.
 *
 * @see "docs/decisions/017-20261206-console-runs-flows.md"
 */
@Component
class FlowRunner {

    private static final Logger log = LoggerFactory.getLogger(FlowRunner.class);

    private final HubClient hub;
    private final BackupStarter starter;
    private final RunStore store;
    private final Clock clock;
    private final Executor executor;
    private final Set<Long> local = ConcurrentHashMap.newKeySet();

    @Autowired
    FlowRunner(HubClient hub, BackupStarter starter, RunStore store, Clock clock) {
        this(hub, starter, store, clock,
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("flow-run-", 0).factory()));
    }

    FlowRunner(HubClient hub, BackupStarter starter, RunStore store, Clock clock, Executor executor) {
        this.hub = hub;
        this.starter = starter;
        this.store = store;
        this.clock = clock;
        this.executor = executor;
    }

    /** Starts the run's VMs on the executor (a virtual thread in production), never on the caller's thread. */
    void runLater(long runId, ProtectionFlow flow) {
        local.add(runId);
        executor.execute(() -> {
            try {
                run(runId, flow);
            } catch (RuntimeException e) {
                log.error("Run {} of flow {} failed unexpectedly", runId, flow.name(), e);
                store.settle(runId, flow.id(), RunState.FAILED,
                        StoredText.encode(Text.of("protection.runMessage.consoleFailed")), clock.instant());
            } finally {
                local.remove(runId);
            }
        });
    }

    /** Whether this instance is still starting the run's VMs. */
    boolean starting(long runId) {
        return local.contains(runId);
    }

    void run(long runId, ProtectionFlow flow) {
        List<RunVm> vms;
        try {
            vms = resolve(flow);
        } catch (RunFailure e) {
            store.settle(runId, flow.id(), RunState.FAILED, StoredText.encode(e.text), clock.instant());
            return;
        } catch (HubException e) {
            store.settle(runId, flow.id(), RunState.FAILED,
                    StoredText.encode(Text.of("protection.runMessage.vmsUnreadable", words(e))), clock.instant());
            return;
        }
        store.addVms(runId, vms, clock.instant());
        List<RunVm> done = new ArrayList<>(vms);
        for (int i = 0; i < vms.size(); i++) {
            if (vms.get(i).outcome() != VmOutcome.STARTING) {
                continue;
            }
            store.heartbeat(runId, clock.instant());
            RunVm result = start(flow, vms.get(i));
            done.set(i, result);
            store.updateVm(runId, i, result, clock.instant());
        }
        RunVerdict.of(done).ifPresent(v -> store.settle(runId, flow.id(), v.state(), v.message(), clock.instant()));
    }

    private List<RunVm> resolve(ProtectionFlow flow) {
        Map<String, VmContext> byContext = hub.vms()
                .stream()
                .collect(Collectors.toMap(VmContext::contextId, Function.identity(), (a, b) -> a));
        if (flow.targetType() == FlowTargetType.VM) {
            return List.of(planned(flow.targetId(), null, byContext));
        }
        if (flow.targetType() != FlowTargetType.GROUP) {
            throw new RunFailure(Text.of("protection.runMessage.unknownTarget"));
        }
        List<GroupMember> members;
        try {
            members = hub.groupVms(flow.targetId());
        } catch (HubNotFoundException e) {
            throw new RunFailure(Text.of("protection.runMessage.groupGone"));
        }
        if (members.isEmpty()) {
            throw new RunFailure(Text.of("protection.runMessage.groupEmpty"));
        }
        return members.stream().map(m -> planned(m.vmContextId(), m.vmName(), byContext)).toList();
    }

    private static RunVm planned(String contextId, @Nullable String memberName, Map<String, VmContext> byContext) {
        VmContext vm = byContext.get(contextId);
        if (vm == null) {
            String name = memberName == null || memberName.isBlank() ? contextId : memberName;
            return new RunVm(name, contextId, null, null, VmOutcome.SKIPPED_NOT_FOUND,
                    StoredText.encode(Text.of("protection.runMessage.vmGone")));
        }
        return new RunVm(vm.vmName(), contextId, null, null, VmOutcome.STARTING, null);
    }

    private RunVm start(ProtectionFlow flow, RunVm vm) {
        String repository = flow.repositoryId();
        if (repository == null || repository.isBlank()) {
            return vm.failed(StoredText.encode(Text.of("protection.runMessage.noRepository")));
        }
        BackupType type;
        @Nullable
        String why = null;
        try {
            type = hasCompletedFull(vm.vmName(), repository) ? BackupType.INCREMENTAL : BackupType.FULL;
        } catch (HubException e) {
            type = BackupType.FULL;
            why = StoredText.encode(Text.of("protection.runMessage.fullUnreadable", words(e)));
        }
        try {
            return started(vm, type, startAndWait(vm.vmName(), type, repository), why);
        } catch (HubException e) {
            if (type == BackupType.INCREMENTAL && e.code() == HubErrorCode.NO_PREVIOUS_BACKUP) {
                try {
                    return started(vm, BackupType.FULL, startAndWait(vm.vmName(), BackupType.FULL, repository),
                            StoredText.encode(Text.of("protection.runMessage.fullInstead", words(e))));
                } catch (HubException full) {
                    return vm.failed(
                            StoredText.encode(Text.of("protection.runMessage.fullRefusedToo", words(e), words(full))));
                }
            }
            return vm.failed(StoredText.encode(Text.of("protection.runMessage.refused", words(e))));
        }
    }

    private boolean hasCompletedFull(String vmName, String repositoryId) {
        return hub.backups(BackupFilter.forVm(vmName).ofType(BackupType.FULL).andStatus(BackupStatus.COMPLETED))
                .stream()
                .anyMatch(b -> b.repositoryId().equals(repositoryId));
    }

    private StartResult startAndWait(String vmName, BackupType type, String repositoryId) {
        try {
            return starter.start(new BackupRequest(vmName, type, repositoryId)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HubException hubError) {
                throw hubError;
            }
            throw new IllegalStateException("Starting the backup failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the backup", e);
        }
    }

    private static RunVm started(RunVm vm, BackupType type, StartResult result, @Nullable String why) {
        return switch (result) {
            case StartResult.Started s -> vm.running(s.backup(), type, why);
            case StartResult.Attached a -> vm.running(a.backup(), type,
                    StoredText.join(why, StoredText.encode(Text.of("protection.runMessage.answerLost"))));
            case StartResult.AlreadyRunning r -> new RunVm(vm.vmName(), vm.contextId(),
                    r.running() == null ? null : r.running().id(), null, VmOutcome.SKIPPED_ALREADY_RUNNING,
                    r.running() == null
                            ? StoredText.encode(Text.of("protection.runMessage.beingStarted"))
                            : StoredText.encode(
                                    Text.of("protection.runMessage.alreadyRunning", r.running().id().toString())));
            case StartResult.OutcomeUnknown u ->
                vm.failed(StoredText.encode(Text.of("protection.runMessage.outcomeUnknown")));
        };
    }

    /** The hub's own words, as the backup wizard shows them. */
    static String words(HubException e) {
        String message = e.hubMessage().orElse(null);
        String details = e.details().orElse(null);
        if (message == null) {
            return details != null ? details : e.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return details == null || message.contains(details) ? message : message + ": " + details;
    }

    /** The run cannot start anything; the message says why. */
    static final class RunFailure extends RuntimeException {

        final transient Text text;

        RunFailure(Text text) {
            super(Messages.english(text));
            this.text = text;
        }
    }
}
