package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowExecution;
import java.time.Duration;
import java.time.Instant;

/**
 * The console's reading of a run the hub recorded: its status says "success" when every backup row
 * was deleted, stays "running" for ever for an empty group, and checks only five backups (contract P2.15).
 */
final class ExecutionVerdicts {

    private ExecutionVerdicts() {}

    static Text judge(FlowExecution e, Instant now, Duration stuckAfter) {
        int started = e.createdBackupIds().isEmpty() ? e.jobsCreated() : e.createdBackupIds().size();
        int targets = Math.max(e.vmsProcessed(), e.jobsCreated() + e.jobsFailed() + e.jobsSkipped());
        Text verdict = switch (e.status()) {
            case ERROR -> e.jobsCreated() == 0
                    ? Text.of("protection.verdict.noneStarted", e.jobsFailed(), targets)
                    : Text.of("protection.verdict.someStarted", started, e.jobsFailed(), targets);
            case RUNNING, PENDING -> running(e, now, stuckAfter);
            case SUCCESS -> e.jobsCompleted() == 0
                    ? Text.of("protection.verdict.emptySuccess")
                    : Text.of("protection.verdict.completed", e.jobsCompleted(), started);
            case WARNING -> Text.of("protection.verdict.partly", e.jobsCompleted(), e.jobsFailed());
            case CANCELLED -> Text.of("protection.verdict.cancelled");
            case UNKNOWN -> Text.of("protection.verdict.unknown");
        };
        if (e.jobsCreated() > 5 && e.status() != com.sendense.console.hub.FlowExecutionStatus.ERROR) {
            verdict = Text.of("protection.verdict.firstFive", verdict);
        }
        return verdict;
    }

    private static Text running(FlowExecution e, Instant now, Duration stuckAfter) {
        Instant since = e.startedAt() != null ? e.startedAt() : e.createdAt();
        if (e.createdBackupIds().isEmpty()) {
            return Text.of("protection.verdict.neverClosedEmpty");
        }
        if (Duration.between(since, now).compareTo(stuckAfter) > 0) {
            return Text.of("protection.verdict.neverClosed", Duration.between(since, now).toHours());
        }
        return Text.of("protection.verdict.running", e.createdBackupIds().size());
    }
}
