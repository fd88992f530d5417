package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.FlowExecution;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionFlow;
import com.sendense.hubsim.world.Repository;
import com.sendense.hubsim.world.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * {@code api/handlers/protection_flow_handlers.go}, read side: flows, their status and their
 * executions, which the simulator derives from the backups each flow created.
 */
final class FlowApi {

    private final Inventory inventory;
    private final Timestamps time;
    private final Clock clock;
    private final ZoneId zone;

    FlowApi(Inventory inventory, Timestamps time, Clock clock, ZoneId zone) {
        this.inventory = inventory;
        this.time = time;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code GET /protection-flows?flow_type=&target_type=&enabled=&limit=&offset=}. */
    Reply list(HubRequest request) {
        String flowType = request.query("flow_type");
        String targetType = request.query("target_type");
        String enabled = request.query("enabled");
        List<ProtectionFlow> matching = inventory.flows().stream()
                .filter(f -> flowType.isEmpty() || flowType.equals("backup"))
                .filter(f -> targetType.isEmpty() || f.targetType().equals(targetType))
                .filter(f -> enabled.isEmpty() || Boolean.toString(f.enabled()).equals(enabled))
                .toList();
        int offset = Math.max(0, intOr(request.query("offset"), 0));
        int limit = intOr(request.query("limit"), 0);
        List<GoJson.Struct> page = matching.stream().skip(offset).limit(limit > 0 ? limit : Long.MAX_VALUE)
                .map(this::flow).toList();
        var map = GoJson.map();
        map.put("flows", page);
        map.put("total", matching.size());
        return Reply.json(200, map);
    }

    /** {@code GET /protection-flows/{id}}. */
    Reply get(HubRequest request) {
        String id = request.var("id");
        return inventory.flow(id).map(f -> Reply.json(200, flow(f))).orElseGet(() -> notFound(id));
    }

    /** {@code GET /protection-flows/{id}/status}. */
    Reply status(HubRequest request) {
        String id = request.var("id");
        return inventory.flow(id).map(f -> Reply.json(200, status(f))).orElseGet(() -> notFound(id));
    }

    /** {@code GET /protection-flows/{id}/executions?limit=1..100}, newest first; {@code flow_name} is never preloaded. */
    Reply executions(HubRequest request) {
        int limit = intOr(request.query("limit"), 10);
        if (limit < 1 || limit > 100) {
            limit = 10;
        }
        List<GoJson.Struct> items = inventory.executions(request.var("id")).stream().limit(limit).map(this::execution).toList();
        var map = GoJson.map();
        map.put("executions", items);
        map.put("total", items.size());
        return Reply.json(200, map);
    }

    private GoJson.Struct flow(ProtectionFlow f) {
        Optional<Repository> repository = inventory.repositoryRow(f.repositoryId());
        Optional<Schedule> schedule = inventory.schedule(f.scheduleId());
        return GoJson.struct()
                .put("id", f.id())
                .put("name", f.name())
                .putOmitEmpty("description", f.description())
                .put("flow_type", "backup")
                .put("target_type", f.targetType())
                .put("target_id", f.targetId())
                .putOmitEmpty("repository_id", f.repositoryId())
                .putOmitEmpty("repository_name", repository.map(Repository::name).orElse(null))
                .putOmitEmpty("schedule_id", f.scheduleId())
                .putOmitEmpty("schedule_name", schedule.map(Schedule::name).orElse(null))
                .putOmitEmpty("schedule_cron", schedule.map(Schedule::cron).orElse(null))
                .put("enabled", f.enabled())
                .put("status", status(f))
                .put("created_at", time.localSeconds(f.createdAt()))
                .put("updated_at", time.localSeconds(f.updatedAt()))
                .put("created_by", "system");
    }

    private GoJson.Struct status(ProtectionFlow f) {
        List<FlowExecution> executions = inventory.executions(f.id());
        Optional<FlowExecution> last = executions.stream().findFirst();
        Optional<Schedule> schedule = inventory.schedule(f.scheduleId());
        return GoJson.struct()
                .putOmitEmpty("last_execution_id", last.map(FlowExecution::id).orElse(null))
                .put("last_execution_status", last.map(FlowExecution::status).orElse("pending"))
                .putOmitEmpty("last_execution_time", last.map(e -> time.localSeconds(e.startedAt())).orElse(null))
                .putOmitEmpty("next_execution_time", f.enabled()
                        ? schedule.map(s -> time.localSeconds(s.nextAfter(clock.instant(), zone))).orElse(null)
                        : null)
                .put("total_executions", executions.size())
                .put("successful_executions", executions.stream().filter(e -> e.status().equals("success")).count())
                .put("failed_executions", executions.stream().filter(e -> e.status().equals("error")).count());
    }

    private GoJson.Struct execution(FlowExecution e) {
        return GoJson.struct()
                .put("id", e.id())
                .put("flow_id", e.flowId())
                .put("flow_name", "")
                .put("status", e.status())
                .put("execution_type", "scheduled")
                .put("started_at", time.localSeconds(e.startedAt()))
                .putOmitEmpty("completed_at", e.completedAt() == null ? null : time.localSeconds(e.completedAt()))
                .putOmitEmpty("execution_time_seconds", e.completedAt() == null ? null
                        : Duration.between(e.startedAt(), e.completedAt()).toSeconds())
                .put("jobs_created", e.jobsCreated())
                .put("jobs_completed", e.jobsCompleted())
                .put("jobs_failed", e.jobsFailed())
                .put("jobs_skipped", 0)
                .put("vms_processed", e.jobsCreated())
                .put("bytes_transferred", 0)
                .putOmitEmpty("error_message", e.errorMessage())
                .putOmitEmpty("created_job_ids", e.createdJobIds())
                .put("triggered_by", "system")
                .put("created_at", time.localSeconds(e.startedAt()));
    }

    private static Reply notFound(String id) {
        var map = GoJson.map();
        map.put("error", "Flow not found");
        map.put("details", "flow not found: " + id);
        return Reply.json(404, map);
    }

    private static int intOr(String text, int fallback) {
        try {
            return text.isEmpty() ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
