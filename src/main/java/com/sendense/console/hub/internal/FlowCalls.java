package com.sendense.console.hub.internal;

import com.sendense.console.hub.BulkFlowResult;
import com.sendense.console.hub.FlowChanges;
import com.sendense.console.hub.FlowDraft;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowSummary;
import com.sendense.console.hub.FlowValidation;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubSchedule;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.ScheduleDraft;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** {@code /api/v1/protection-flows*} (contract P2) and the schedules flows name (P3). */
final class FlowCalls {

    private static final String FLOWS = "/api/v1/protection-flows";
    private static final String FLOW = FLOWS + "/{id}";
    private static final String SCHEDULES = "/api/v1/schedules";

    private final HubPipeline pipeline;
    private final FlowMapper mapper;

    FlowCalls(HubPipeline pipeline, FlowMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    List<ProtectionFlow> flows() {
        return pipeline.json(HubCall.get("protectionFlows", FLOWS), MiscJson.FlowList.class, mapper::flows);
    }

    ProtectionFlow flow(String flowId) {
        return pipeline.json(HubCall.get("flow", FLOW).path("id", flowId), MiscJson.Flow.class, mapper::flow);
    }

    /** {@code enabled} is sent true because the hub stores false as true anyway (contract P1.6). */
    ProtectionFlow create(FlowDraft d) {
        HubCall call = HubCall.post("createFlow", FLOWS)
                .body(new FlowJson.Create(d.name(), d.description(), "backup",
                        d.targetType().name().toLowerCase(Locale.ROOT), d.targetId(), d.repositoryId(), d.policyId(),
                        d.scheduleId(), true));
        ProtectionFlow created = pipeline.json(call, MiscJson.Flow.class, mapper::flow);
        return d.enabled() ? created : disable(created.id());
    }

    ProtectionFlow update(String flowId, FlowChanges c) {
        HubCall call = HubCall.put("updateFlow", FLOW)
                .path("id", flowId)
                .body(new FlowJson.Update(c.name(), c.description(), c.repositoryId(), c.policyId(), c.scheduleId(),
                        c.enabled()));
        return sameSecondSafe(call, flowId, c::appliedTo);
    }

    void delete(String flowId) {
        pipeline.bodiless(HubCall.delete("deleteFlow", FLOW).path("id", flowId));
    }

    ProtectionFlow enable(String flowId) {
        return sameSecondSafe(HubCall.patch("enableFlow", FLOW + "/enable").path("id", flowId), flowId,
                ProtectionFlow::enabled);
    }

    ProtectionFlow disable(String flowId) {
        return sameSecondSafe(HubCall.patch("disableFlow", FLOW + "/disable").path("id", flowId), flowId,
                f -> !f.enabled());
    }

    BulkFlowResult bulk(String action, List<String> flowIds) {
        return pipeline.json(HubCall
                .post("bulk" + Character.toUpperCase(action.charAt(0)) + action.substring(1) + "Flows",
                        FLOWS + "/bulk-" + action)
                .body(new FlowJson.BulkRequest(List.copyOf(flowIds))), FlowJson.BulkResult.class, mapper::bulk);
    }

    /** A POST, so never retried by the pipeline: a lost answer is outcome-unknown, the run may go on. */
    FlowExecution execute(String flowId) {
        return pipeline.json(HubCall.post("executeFlow", FLOW + "/execute").path("id", flowId),
                MiscJson.Execution.class, mapper::execution);
    }

    List<FlowExecution> executions(String flowId, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("The hub accepts a limit of 1 to 100, was %d".formatted(limit));
        }
        return pipeline.json(HubCall.get("flowExecutions", FLOW + "/executions")
                .path("id", flowId)
                .query("limit", String.valueOf(limit)), MiscJson.ExecutionList.class, mapper::executions);
    }

    FlowRunSummary status(String flowId) {
        return pipeline.json(HubCall.get("flowStatus", FLOW + "/status").path("id", flowId), MiscJson.FlowStatus.class,
                mapper::runs);
    }

    FlowSummary summary() {
        return pipeline.json(HubCall.get("flowSummary", FLOWS + "/summary"), FlowJson.Summary.class, mapper::summary);
    }

    /** A POST that changes nothing; not retried all the same. */
    FlowValidation test(String flowId) {
        return pipeline.json(HubCall.post("testFlow", FLOW + "/test").path("id", flowId), FlowJson.Test.class,
                mapper::validation);
    }

    List<HubSchedule> schedules() {
        return pipeline.json(HubCall.get("schedules", SCHEDULES), FlowJson.ScheduleList.class, mapper::schedules);
    }

    HubSchedule schedule(String scheduleId) {
        return pipeline.json(HubCall.get("schedule", SCHEDULES + "/{id}").path("id", scheduleId),
                FlowJson.Schedule.class, mapper::schedule);
    }

    HubSchedule createSchedule(ScheduleDraft d) {
        return pipeline.json(HubCall.post("createSchedule", SCHEDULES).body(scheduleWrite(d)), FlowJson.Schedule.class,
                mapper::schedule);
    }

    /** The whole definition is sent, so a "no row changed" 500 (same second, same values) means it is already so. */
    HubSchedule updateSchedule(String scheduleId, ScheduleDraft d) {
        HubCall call = HubCall.put("updateSchedule", SCHEDULES + "/{id}").path("id", scheduleId).body(scheduleWrite(d));
        try {
            return pipeline.json(call, FlowJson.Schedule.class, mapper::schedule);
        } catch (HubNotFoundException e) {
            if (e.code() != HubErrorCode.SCHEDULE_NOT_FOUND
                    || !e.hubMessage().orElse("").contains(": failed to update schedule: schedule not found")) {
                throw e;
            }
            HubSchedule current = schedule(scheduleId);
            if (current.name().equals(d.name()) && current.cron().equals(d.cron())
                    && current.timeZone().equals(d.timeZone())) {
                return current;
            }
            throw e;
        }
    }

    void deleteSchedule(String scheduleId) {
        pipeline.bodiless(HubCall.delete("deleteSchedule", SCHEDULES + "/{id}").path("id", scheduleId));
    }

    private static FlowJson.ScheduleWrite scheduleWrite(ScheduleDraft d) {
        return new FlowJson.ScheduleWrite(d.name(), d.description(), d.cron(), d.timeZone(), "sendense-console");
    }

    /**
     * The hub counts changed rows, so a repeat within the same second (a double click) reports the
     * flow "not found" as a 500 (contract P1.7). A flow that is there and already as wanted is success;
     * a real 404 on the re-read keeps the hub's original answer.
     */
    private ProtectionFlow sameSecondSafe(HubCall call, String flowId, Predicate<ProtectionFlow> wanted) {
        try {
            return pipeline.json(call, MiscJson.Flow.class, mapper::flow);
        } catch (HubNotFoundException e) {
            if (e.code() != HubErrorCode.FLOW_NOT_FOUND || e.status().orElse(0) != 500) {
                throw e;
            }
            ProtectionFlow current;
            try {
                current = flow(flowId);
            } catch (HubNotFoundException gone) {
                throw e;
            }
            if (wanted.test(current)) {
                return current;
            }
            throw e;
        }
    }
}
