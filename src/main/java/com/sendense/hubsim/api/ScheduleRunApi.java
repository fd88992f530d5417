package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.json.GoTime;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.ProtectionRows.Schedule;
import com.sendense.hubsim.world.ProtectionRows.ScheduleExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schedule's manual trigger and its executions (contract P3.9, P3.10). One trigger writes two
 * rows: its own {@code manual-<unix>} row and the scheduler's run, whose {@code execution_type} is
 * inverted. The run would start <em>replication</em> for the members of attached groups; the
 * simulator has no replication, so it counts the eligible VMs and starts nothing.
 */
final class ScheduleRunApi {

    private static final GoStruct TRIGGER = GoStruct.named("handlers", "TriggerScheduleRequest",
            FlowWriteApi.fields("reason", GoType.STRING, "created_by", GoType.STRING));

    private final Inventory inventory;
    private final GroupJson json;
    private final Timestamps time;
    private final Clock clock;

    ScheduleRunApi(Inventory inventory, GroupJson json, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.json = json;
        this.time = time;
        this.clock = clock;
    }

    /** {@code POST /schedules/{id}/trigger}: a body is required; synchronous; two triggers in one second collide. */
    Reply trigger(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), TRIGGER);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        String id = request.var("id");
        ProtectionDb db = inventory.db();
        Optional<Schedule> found = db.schedule(id);
        if (found.isEmpty()) {
            return json.error(404, "failed to get schedule: schedule not found: " + id);
        }
        Schedule s = found.get();
        if (!s.enabled()) {
            return json.error(400, "cannot trigger disabled schedule");
        }
        String reason = body.string("reason");
        if (reason.contains("\"")) {
            // The reason is pasted into a JSON string unescaped, so MariaDB refuses the document.
            return json.error(500,
                    "Failed to trigger schedule: failed to create manual execution: Error 3140 (22032): Invalid JSON text: "
                            + "\"Missing a comma or '}' after an object member.\" in value for column 'schedule_executions.execution_details'.");
        }
        Instant now = GoTime.withNanos(clock.instant());
        Instant seconds = now.truncatedTo(ChronoUnit.SECONDS);
        String createdBy = body.string("created_by");
        String manualId = "manual-" + now.getEpochSecond();
        ScheduleExecution manual = new ScheduleExecution(manualId, id, "completed", seconds, seconds, seconds, 0, 0, 0,
                0, 0, createdBy.isEmpty() ? "scheduler" : createdBy, Map.of("trigger_reason", reason), seconds);
        if (!db.addScheduleExecution(manual)) {
            return json.error(500,
                    "Failed to trigger schedule: failed to create manual execution: Error 1062 (23000): Duplicate entry '"
                            + manualId + "' for key 'PRIMARY'");
        }
        int eligible = db.groups()
                .stream()
                .filter(g -> g.scheduleId().equals(id))
                .mapToInt(g -> db.members(g.id()).size())
                .sum();
        String runId = db.uuid();
        var summary = GoJson.map();
        summary.put("created_job_ids", List.of());
        summary.put("execution_id", runId);
        summary.put("execution_time", 5_873_214L);
        summary.put("group_id", null);
        summary.put("jobs_completed", 0);
        summary.put("jobs_created", 0);
        summary.put("jobs_failed", 0);
        summary.put("jobs_skipped", 0);
        summary.put("schedule_id", id);
        summary.put("started_at", time.utcNano(now));
        summary.put("status", "completed");
        summary.put("vm_contexts_processed", List.of());
        summary.put("vms_eligible", eligible);
        summary.put("vms_processed", 0);
        db.addScheduleExecution(new ScheduleExecution(runId, id, "completed", seconds, seconds, seconds, 0, 0, 0, 0,
                eligible, "scheduler-service", summary, seconds));
        return Reply.json(200,
                GoJson.struct()
                        .put("execution_id", manualId)
                        .put("schedule_id", id)
                        .put("schedule_name", s.name())
                        .put("status", "completed")
                        .put("triggered_at", time.utcNano(now))
                        .put("triggered_by", createdBy)
                        .putOmitEmpty("reason", reason)
                        .put("jobs_created", 0)
                        .put("vms_processed", eligible));
    }

    /** {@code GET /schedules/{id}/executions?limit=1..100&page=}: {@code total_count} is the page's length. */
    Reply executions(HubRequest request) {
        String id = request.var("id");
        ProtectionDb db = inventory.db();
        Optional<Schedule> found = db.schedule(id);
        if (found.isEmpty()) {
            return json.error(404, "failed to get schedule: schedule not found: " + id);
        }
        int limit = bounded(request.query("limit"), 20, 100);
        int page = bounded(request.query("page"), 1, Integer.MAX_VALUE);
        List<ScheduleExecution> all = db.scheduleExecutions(id);
        List<ScheduleExecution> rows = all.stream().skip((long) (page - 1) * limit).limit(limit).toList();
        return Reply.json(200,
                GoJson.struct()
                        .put("executions", rows.stream().map(e -> execution(e, found.get())).toList())
                        .put("total_count", rows.size())
                        .put("page", page)
                        .put("page_size", limit)
                        .put("has_more", rows.size() == limit)
                        .put("retrieved_at", json.utcNow()));
    }

    private GoJson.Struct execution(ScheduleExecution e, Schedule s) {
        return GoJson.struct()
                .put("execution_id", e.id())
                .put("schedule_id", e.scheduleId())
                .put("schedule_name", s.name())
                .put("status", e.status())
                .put("scheduled_at", time.local(e.scheduledAt()))
                .putOmitEmpty("started_at", e.startedAt() == null ? null : time.local(e.startedAt()))
                .putOmitEmpty("completed_at", e.completedAt() == null ? null : time.local(e.completedAt()))
                .put("duration_seconds", e.durationSeconds())
                .put("jobs_created", e.jobsCreated())
                .put("jobs_successful", e.jobsCompleted())
                .put("jobs_failed", e.jobsFailed())
                .put("vms_processed", e.vmsEligible())
                // Inverted in the hub: only the GORM default "scheduler" (a trigger without created_by) reads as
                // scheduled.
                .put("execution_type", e.triggeredBy().equals("scheduler") ? "scheduled" : "manual")
                .put("triggered_by", e.triggeredBy())
                .putOmitEmpty("summary", e.summary())
                .put("created_at", time.local(e.createdAt()))
                .put("updated_at", time.local(e.createdAt()));
    }

    private static int bounded(String text, int fallback, int max) {
        try {
            int value = Integer.parseInt(text);
            return value >= 1 && value <= max ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
