package com.sendense.hubsim.api;

import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionRows;
import com.sendense.hubsim.world.ProtectionRows.Execution;
import com.sendense.hubsim.world.ProtectionRows.Flow;
import com.sendense.hubsim.world.ProtectionRows.FlowStatus;
import com.sendense.hubsim.world.Repository;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The flow family's response structs ({@code FlowResponse}, {@code FlowStatusResponse},
 * {@code ExecutionResponse}) and its error map {@code {"details","error"}}. Read-back values carry
 * whole seconds; create and execute responses pass a formatter with the precision the hub had.
 */
final class FlowJson {

    private final Inventory inventory;
    private final Timestamps time;

    FlowJson(Inventory inventory, Timestamps time) {
        this.inventory = inventory;
        this.time = time;
    }

    /** A flow re-read with its names resolved (GORM preloads). */
    GoJson.Struct flow(Flow f) {
        return flow(f, true, time::localSeconds);
    }

    /** The create response: the inserted struct, no names, GORM's millisecond times. */
    GoJson.Struct created(Flow f) {
        return flow(f, false, time::local);
    }

    private GoJson.Struct flow(Flow f, boolean names, Function<Instant, String> format) {
        var schedule = names
                ? inventory.db().schedule(f.scheduleId())
                : java.util.Optional.<ProtectionRows.Schedule>empty();
        String repositoryName = names && !f.repositoryId().isEmpty()
                ? inventory.repositoryRow(f.repositoryId()).map(Repository::name).orElse("")
                : "";
        GoJson.Struct s = GoJson.struct().put("id", f.id()).put("name", f.name());
        if (f.description() != null) {
            s.put("description", f.description());
        }
        return s.put("flow_type", f.flowType())
                .put("target_type", f.targetType())
                .put("target_id", f.targetId())
                .putOmitEmpty("repository_id", f.repositoryId())
                .putOmitEmpty("repository_name", repositoryName)
                .putOmitEmpty("policy_id", f.policyId())
                .putOmitEmpty("schedule_id", f.scheduleId())
                .putOmitEmpty("schedule_name", schedule.map(ProtectionRows.Schedule::name).orElse(""))
                .putOmitEmpty("schedule_cron", schedule.map(ProtectionRows.Schedule::cron).orElse(""))
                .put("enabled", f.enabled())
                .put("status", status(f.status()))
                .put("created_at", format.apply(f.createdAt()))
                .put("updated_at", format.apply(f.updatedAt()))
                .put("created_by", "system");
    }

    GoJson.Struct status(FlowStatus s) {
        return GoJson.struct()
                .putOmitEmpty("last_execution_id", s.lastExecutionId())
                .put("last_execution_status", s.lastStatus())
                .putOmitEmpty("last_execution_time", s.lastTime() == null ? null : time.localSeconds(s.lastTime()))
                .put("total_executions", s.total())
                .put("successful_executions", s.successful())
                .put("failed_executions", s.failed());
    }

    /** A read-back execution: whole seconds, and no job ids when a start failed. */
    GoJson.Struct execution(Execution e) {
        return execution(e, time::localSeconds, time::localSeconds, true);
    }

    /** The execute response: the in-memory struct, {@code started_at} in ns, {@code created_at} in ms. */
    GoJson.Struct executed(Execution e) {
        return execution(e, time::local, time::local, false);
    }

    private GoJson.Struct execution(Execution e, Function<Instant, String> handlerTime,
            Function<Instant, String> gormTime, boolean readBack) {
        long seconds = e.completedAt() == null ? 0 : Duration.between(e.startedAt(), e.completedAt()).toSeconds();
        return GoJson.struct()
                .put("id", e.id())
                .put("flow_id", e.flowId())
                .put("flow_name", "")
                .put("status", e.status())
                .put("execution_type", "manual")
                .put("started_at", handlerTime.apply(e.startedAt()))
                .putOmitEmpty("completed_at", e.completedAt() == null ? null : handlerTime.apply(e.completedAt()))
                .putOmitEmpty("execution_time_seconds", seconds == 0 ? null : seconds)
                .put("jobs_created", e.jobsCreated())
                .put("jobs_completed", e.jobsCompleted())
                .put("jobs_failed", e.jobsFailed())
                .put("jobs_skipped", e.jobsSkipped())
                .put("vms_processed", e.vmsProcessed())
                .put("bytes_transferred", 0)
                .putOmitEmpty("error_message", e.errorMessage())
                .putOmitEmpty("created_job_ids",
                        readBack ? e.storedJobIds() : e.jobIdsSaved() ? e.createdJobIds() : null)
                .put("triggered_by", "system")
                .put("created_at", gormTime.apply(e.createdAt()));
    }

    /** {@code ProtectionFlowHandler.sendError}. */
    static Reply error(int status, String error, String details) {
        var map = GoJson.map();
        map.put("error", error);
        map.put("details", details);
        return Reply.json(status, map);
    }
}
