package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.flag;
import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.optionalText;
import static com.sendense.console.hub.internal.Wire.required;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BulkFlowResult;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.FlowValidation;
import com.sendense.console.hub.HubSchedule;
import com.sendense.console.hub.ProtectionFlow;
import java.time.Duration;
import java.util.List;

/** Protection flows and their executions: wire → model. Their times carry real offsets. */
final class FlowMapper {

    private final HubTime time;

    FlowMapper(HubTime time) {
        this.time = time;
    }

    List<ProtectionFlow> flows(MiscJson.FlowList wire) {
        return list(wire.flows()).stream().map(this::flow).toList();
    }

    ProtectionFlow flow(MiscJson.Flow f) {
        return new ProtectionFlow(required(f.id(), "id"), text(f.name()), optionalText(f.description()),
                Wire.enumValue(FlowType.class, f.flowType(), FlowType.UNKNOWN),
                Wire.enumValue(FlowTargetType.class, f.targetType(), FlowTargetType.UNKNOWN), text(f.targetId()),
                optionalText(f.repositoryId()), optionalText(f.repositoryName()), optionalText(f.policyId()),
                optionalText(f.policyName()), optionalText(f.scheduleId()), optionalText(f.scheduleName()),
                optionalText(f.scheduleCron()), flag(f.enabled()),
                runs(f.status() != null
                        ? f.status()
                        : new MiscJson.FlowStatus(null, null, null, null, null, null, null)),
                time.requiredInstant(f.createdAt(), "created_at"), time.requiredInstant(f.updatedAt(), "updated_at"),
                text(f.createdBy()));
    }

    List<FlowExecution> executions(MiscJson.ExecutionList wire) {
        return list(wire.executions()).stream().map(this::execution).toList();
    }

    FlowExecution execution(MiscJson.Execution e) {
        return new FlowExecution(required(e.id(), "id"), text(e.flowId()),
                Wire.enumValue(FlowExecutionStatus.class, e.status(), FlowExecutionStatus.UNKNOWN),
                text(e.executionType()), time.instant(e.startedAt()), time.instant(e.completedAt()),
                e.executionTimeSeconds() == null ? null : Duration.ofSeconds(e.executionTimeSeconds()),
                num(e.jobsCreated()), num(e.jobsCompleted()), num(e.jobsFailed()), num(e.jobsSkipped()),
                num(e.vmsProcessed()), num(e.bytesTransferred()), optionalText(e.errorMessage()),
                list(e.createdJobIds()).stream().filter(id -> !id.isBlank()).map(BackupId::new).toList(),
                text(e.triggeredBy()), time.requiredInstant(e.createdAt(), "created_at"));
    }

    FlowRunSummary runs(MiscJson.FlowStatus s) {
        return new FlowRunSummary(optionalText(s.lastExecutionId()),
                s.lastExecutionStatus() == null || s.lastExecutionStatus().isEmpty()
                        ? null
                        : Wire.enumValue(FlowExecutionStatus.class, s.lastExecutionStatus(),
                                FlowExecutionStatus.UNKNOWN),
                time.instant(s.lastExecutionTime()), time.instant(s.nextExecutionTime()), num(s.totalExecutions()),
                num(s.successfulExecutions()), num(s.failedExecutions()));
    }

    BulkFlowResult bulk(FlowJson.BulkResult b) {
        return new BulkFlowResult(text(b.action()), num(b.requested()), num(b.successful()), num(b.failed()),
                list(b.errors()));
    }

    FlowSummary summary(FlowJson.Summary s) {
        return new FlowSummary(num(s.totalFlows()), num(s.enabledFlows()), num(s.disabledFlows()), num(s.backupFlows()),
                num(s.replicationFlows()), num(s.totalExecutionsToday()), num(s.successfulExecutionsToday()),
                num(s.failedExecutionsToday()));
    }

    FlowValidation validation(FlowJson.Test t) {
        return new FlowValidation(flag(t.valid()), list(t.errors()));
    }

    List<HubSchedule> schedules(FlowJson.ScheduleList wire) {
        return list(wire.schedules()).stream().map(this::schedule).toList();
    }

    HubSchedule schedule(FlowJson.Schedule s) {
        return new HubSchedule(required(s.id(), "id"), text(s.name()), s.description(), text(s.cronExpression()),
                text(s.timezone()), flag(s.enabled()), time.requiredInstant(s.createdAt(), "created_at"),
                time.requiredInstant(s.updatedAt(), "updated_at"));
    }
}
