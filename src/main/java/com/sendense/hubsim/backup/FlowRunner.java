package com.sendense.hubsim.backup;

import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.ProtectionRows.Execution;
import com.sendense.hubsim.world.ProtectionRows.Flow;
import com.sendense.hubsim.world.ProtectionRows.FlowStatus;
import com.sendense.hubsim.world.ProtectionRows.Membership;
import com.sendense.hubsim.world.VmContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ProtectionFlowService.ExecuteFlow} and the {@code ExecutionMonitor}: a flow run starts its
 * backups one after another through the simulator's own backup start (so they progress like any
 * other backup), and a run is finished only when every one of its first five saved backup ids is.
 * Nothing here runs on a timer: the hub never fires a flow by itself (contract P2.16).
 */
public final class FlowRunner {

    /** How many {@code created_job_ids} the monitor's SQL can see (indexes 0–4). */
    private static final int EXAMINED_IDS = 5;

    private final Inventory inventory;
    private final BackupStore store;
    private final BackupStarter starter;
    private final Clock clock;
    private volatile Duration startDelay = Duration.ZERO;

    public FlowRunner(Inventory inventory, BackupStore store, BackupStarter starter, Clock clock) {
        this.inventory = inventory;
        this.store = store;
        this.starter = starter;
        this.clock = clock;
    }

    /** How long each backup start takes (qemu-img, qemu-nbd, the SNA call); a few seconds on a real hub. */
    public void setStartDelay(Duration delay) {
        this.startDelay = delay;
    }

    /** Runs a flow now, in the caller's thread, and answers the in-memory execution (precise times). */
    public Execution execute(Flow flow) {
        ProtectionDb db = inventory.db();
        Instant started = nanos(clock.instant());
        Instant created = started.plusMillis(27).truncatedTo(ChronoUnit.MILLIS);
        String id = db.uuid();
        Optional<List<String>> targets = targets(flow);
        if (targets.isEmpty()) {
            return failed(flow, id, started, created, 0, 0, 0, List.of(),
                    "failed to get group: failed to get group: failed to get group by ID: record not found");
        }
        Execution running = new Execution(id, flow.id(), "running", started, null, 0, 0, 0, 0, targets.get().size(),
                null, List.of(), true, created);
        db.putExecution(running);
        List<String> jobIds = new ArrayList<>();
        int failedStarts = 0;
        int skipped = 0;
        for (String contextId : targets.get()) {
            Optional<VmContext> vm = inventory.vmByContextId(contextId);
            if (vm.isEmpty()) {
                skipped++;
                continue;
            }
            pause();
            StartOutcome outcome = starter.start(new StartRequest(vm.get().vmName(),
                    backupType(vm.get(), flow.repositoryId()), flow.repositoryId(), flow.policyId(), Map.of()));
            if (outcome instanceof StartOutcome.Started s) {
                jobIds.add(s.row().id());
            } else {
                failedStarts++;
            }
        }
        if (failedStarts > 0) {
            return failed(flow, id, started, created, jobIds.size(), failedStarts, skipped, jobIds,
                    failedStarts + " of " + targets.get().size() + " backups failed to start");
        }
        Execution result = new Execution(id, flow.id(), "running", started, null, jobIds.size(), 0, 0, skipped,
                targets.get().size(), null, jobIds, true, created);
        db.putExecution(result);
        db.updateFlow(flow.id(), f -> f.withStatus(new FlowStatus(id, "running", null, f.status().total() + 1,
                f.status().successful(), f.status().failed())));
        return result;
    }

    /** {@code vm}: the target itself; {@code group}: every enabled member now; empty when the group is gone. */
    private Optional<List<String>> targets(Flow flow) {
        if (flow.targetType().equals("vm")) {
            return Optional.of(List.of(flow.targetId()));
        }
        ProtectionDb db = inventory.db();
        if (db.group(flow.targetId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                db.members(flow.targetId()).stream().filter(Membership::enabled).map(Membership::contextId).toList());
    }

    /** Incremental as soon as a completed full exists for the VM name in the repository; no fallback. */
    private String backupType(VmContext vm, String repositoryId) {
        boolean full = store.newestFirst()
                .stream()
                .anyMatch(r -> r.vmName().equals(vm.vmName()) && r.repositoryId().equals(repositoryId)
                        && r.backupType().equals("full") && r.status().equals(BackupRow.COMPLETED));
        return full ? "incremental" : "full";
    }

    /** Step 7: the run is an error at once, and the ids of backups that did start are not saved. */
    private Execution failed(Flow flow, String id, Instant started, Instant created, int startedJobs, int failedStarts,
            int skipped, List<String> jobIds, String message) {
        Instant done = nanos(clock.instant());
        int targets = startedJobs + failedStarts + skipped;
        Execution result = new Execution(id, flow.id(), "error", started, done, startedJobs, 0, failedStarts, skipped,
                targets, message, jobIds, false, created);
        ProtectionDb db = inventory.db();
        db.putExecution(result);
        db.updateFlow(flow.id(), f -> f.withStatus(new FlowStatus(id, "error", done, f.status().total() + 1,
                f.status().successful(), f.status().failed() + 1)));
        return result;
    }

    /**
     * The monitor's pass over running executions; called before each read, as often as the hub's 10 s tick would
     * matter.
     */
    public void refresh() {
        ProtectionDb db = inventory.db();
        for (Execution e : db.runningExecutions()) {
            List<String> ids = e.storedJobIds();
            if (ids.isEmpty()) {
                continue; // nothing to wait for, so nothing ever finishes it
            }
            int completed = 0;
            int failed = 0;
            boolean open = false;
            for (String jobId : ids.subList(0, Math.min(EXAMINED_IDS, ids.size()))) {
                Optional<BackupRow> row = store.find(jobId);
                if (row.isEmpty()) {
                    continue; // a deleted backup counts as neither, so the run ends in success
                }
                switch (row.get().status()) {
                    case BackupRow.COMPLETED -> completed++;
                    case BackupRow.FAILED -> failed++;
                    default -> open = true;
                }
            }
            if (open) {
                continue;
            }
            String outcome = failed == 0 ? "success" : completed == 0 ? "error" : "warning";
            Instant now = clock.instant();
            db.putExecution(e.finished(outcome, completed, failed, now));
            db.updateFlow(e.flowId(),
                    f -> f.withStatus(new FlowStatus(f.status().lastExecutionId(), outcome, now, f.status().total(),
                            f.status().successful() + (outcome.equals("success") ? 1 : 0),
                            f.status().failed() + (outcome.equals("error") ? 1 : 0))));
        }
    }

    private void pause() {
        Duration delay = startDelay;
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant nanos(Instant t) {
        return com.sendense.hubsim.json.GoTime.withNanos(t);
    }
}
