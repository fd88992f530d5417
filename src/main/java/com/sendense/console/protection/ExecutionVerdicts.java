package com.sendense.console.protection;

import com.sendense.console.hub.FlowExecution;
import java.time.Duration;
import java.time.Instant;

/**
 * The console's reading of a run the hub recorded: its status says "success" when every backup row
 * was deleted, stays "running" for ever for an empty group, and checks only five backups (contract P2.15).
 */
final class ExecutionVerdicts {

    private ExecutionVerdicts() {}

    static String judge(FlowExecution e, Instant now, Duration stuckAfter) {
        int started = e.createdBackupIds().isEmpty() ? e.jobsCreated() : e.createdBackupIds().size();
        int targets = Math.max(e.vmsProcessed(), e.jobsCreated() + e.jobsFailed() + e.jobsSkipped());
        String verdict = switch (e.status()) {
            case ERROR -> e.jobsCreated() == 0
                    ? "no backup started (" + e.jobsFailed() + " of " + targets + " failed to start)"
                    : started + " backup(s) started, " + e.jobsFailed() + " of " + targets
                            + " failed to start; the hub stopped following the started ones, see the VMs' history";
            case RUNNING, PENDING -> running(e, now, stuckAfter);
            case SUCCESS -> e.jobsCompleted() == 0
                    ? "the hub counted it a success but no backup completed"
                    : e.jobsCompleted() + " of " + started + " backup(s) completed";
            case WARNING -> "partly failed: " + e.jobsCompleted() + " completed, " + e.jobsFailed() + " failed";
            case CANCELLED -> "cancelled";
            case UNKNOWN -> "status unknown to the console";
        };
        if (e.jobsCreated() > 5 && e.status() != com.sendense.console.hub.FlowExecutionStatus.ERROR) {
            verdict += "; the hub checks only its first five backups, see the others in the history";
        }
        return verdict;
    }

    private static String running(FlowExecution e, Instant now, Duration stuckAfter) {
        Instant since = e.startedAt() != null ? e.startedAt() : e.createdAt();
        if (e.createdBackupIds().isEmpty()) {
            return "the hub never closed this run: it started no backup it could follow";
        }
        if (Duration.between(since, now).compareTo(stuckAfter) > 0) {
            return "the hub never closed this run: still \"running\" after " + Duration.between(since, now).toHours()
                    + " h; see its backups in the history";
        }
        return "running: " + e.createdBackupIds().size() + " backup(s) started";
    }
}
