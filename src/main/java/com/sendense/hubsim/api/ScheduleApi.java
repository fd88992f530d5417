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
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code schedule_management.go} (contract P3): cron definitions validated by field count only,
 * GORM's defaults for false and zero on create, 500s for validation and for an update or enable
 * that changes no row (also the same-second repeat), and a delete refused only for machine groups.
 * The hub's cron starts replication for groups; the simulator never fires it.
 */
final class ScheduleApi {

    static final GoStruct WRITE = GoStruct.named("handlers", "CreateScheduleRequest",
            FlowWriteApi.fields("name", GoType.STRING, "description", GoType.STRING, "cron_expression", GoType.STRING,
                    "timezone", GoType.STRING, "skip_if_running", GoType.BOOL, "max_concurrent_jobs", GoType.INT,
                    "replication_type", GoType.STRING, "retry_attempts", GoType.INT, "retry_delay_minutes", GoType.INT,
                    "enabled", GoType.BOOL, "created_by", GoType.STRING));
    private static final GoStruct ENABLE = GoStruct.named("handlers", "EnableScheduleRequest",
            FlowWriteApi.fields("enabled", GoType.BOOL));
    private static final Set<String> REPLICATION_TYPES = Set.of("full", "incremental", "auto");

    private final Inventory inventory;
    private final GroupJson json;
    private final Timestamps time;
    private final Clock clock;

    ScheduleApi(Inventory inventory, GroupJson json, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.json = json;
        this.time = time;
        this.clock = clock;
    }

    /** {@code POST /schedules}: 201 with two separate {@code time.Now()} in nanoseconds. */
    Reply create(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), WRITE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        Optional<String> invalid = cronProblem(body.string("cron_expression"))
                .or(() -> zoneProblem(body.string("timezone")));
        if (invalid.isPresent()) {
            return json.error(500, "Failed to create schedule: " + invalid.get());
        }
        ProtectionDb db = inventory.db();
        String name = body.string("name");
        String dbError = "Failed to create schedule: failed to create schedule in database: failed to create schedule: ";
        if (db.scheduleNameTaken(name)) {
            return json.error(500, dbError + "Error 1062 (23000): Duplicate entry '" + name + "' for key 'name'");
        }
        String type = or(body.string("replication_type"), "auto");
        if (!REPLICATION_TYPES.contains(type)) {
            return json.error(500,
                    dbError + "Error 1265 (01000): Data truncated for column 'replication_type' at row 1");
        }
        Instant created = GoTime.withNanos(clock.instant());
        Instant updated = created.plusNanos(279);
        Schedule s = new Schedule(db.uuid(), name, body.has("description") ? body.string("description") : null,
                body.string("cron_expression"), or(body.string("timezone"), "UTC"), true,
                orInt(body, "max_concurrent_jobs", 1), type, orInt(body, "retry_attempts", 3),
                orInt(body, "retry_delay_minutes", 30), true, or(body.string("created_by"), "api"), created, updated);
        db.putSchedule(s);
        return Reply.json(201, schedule(s, true));
    }

    /** {@code GET /schedules[?enabled_only=true]}, by name. */
    Reply list(HubRequest request) {
        boolean enabledOnly = request.query("enabled_only").equals("true");
        List<Schedule> schedules = inventory.db()
                .schedules()
                .stream()
                .filter(s -> !enabledOnly || s.enabled())
                .toList();
        long enabled = schedules.stream().filter(Schedule::enabled).count();
        return Reply.json(200,
                GoJson.struct()
                        .put("schedules", schedules.stream().map(s -> schedule(s, false)).toList())
                        .put("total_count", schedules.size())
                        .put("enabled_count", enabled)
                        .put("disabled_count", schedules.size() - enabled)
                        .put("retrieved_at", time.local(GoTime.withNanos(clock.instant()))));
    }

    Reply get(HubRequest request) {
        String id = request.var("id");
        return inventory.db()
                .schedule(id)
                .map(s -> Reply.json(200, schedule(s, false)))
                .orElseGet(() -> json.error(404, "Schedule not found: schedule not found: " + id));
    }

    /** {@code PUT /schedules/{id}}: a changed cron keeps firing at its old times until the hub restarts. */
    Reply update(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), WRITE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        String id = request.var("id");
        Optional<Schedule> found = inventory.db().schedule(id);
        if (found.isEmpty()) {
            return json.error(500, "Failed to update schedule: schedule not found: schedule not found: " + id);
        }
        if (body.values().isEmpty()) {
            return json.error(500, "Failed to update schedule: no fields to update");
        }
        Optional<String> invalid = (body.has("cron_expression")
                ? cronProblem(body.string("cron_expression"))
                : Optional.<String>empty())
                .or(() -> body.has("timezone") ? zoneProblem(body.string("timezone")) : Optional.empty());
        if (invalid.isPresent()) {
            return json.error(500, "Failed to update schedule: " + invalid.get());
        }
        Schedule s = found.get();
        Schedule next = new Schedule(s.id(), pick(body, "name", s.name()),
                body.has("description") ? body.string("description") : s.description(),
                pick(body, "cron_expression", s.cron()), pick(body, "timezone", s.timezone()),
                body.has("skip_if_running") ? body.bool("skip_if_running") : s.skipIfRunning(),
                body.has("max_concurrent_jobs") ? (int) body.integer("max_concurrent_jobs") : s.maxConcurrentJobs(),
                pick(body, "replication_type", s.replicationType()),
                body.has("retry_attempts") ? (int) body.integer("retry_attempts") : s.retryAttempts(),
                body.has("retry_delay_minutes") ? (int) body.integer("retry_delay_minutes") : s.retryDelayMinutes(),
                body.has("enabled") ? body.bool("enabled") : s.enabled(), s.createdBy(), s.createdAt(), s.updatedAt());
        return store(next, id);
    }

    /** {@code POST /schedules/{id}/enable}: enables or disables by the body, which is required. */
    Reply enable(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), ENABLE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        String id = request.var("id");
        Optional<Schedule> found = inventory.db().schedule(id);
        if (found.isEmpty()) {
            return json.error(500, "Failed to update schedule: failed to get schedule: schedule not found: " + id);
        }
        Schedule s = found.get();
        return store(new Schedule(s.id(), s.name(), s.description(), s.cron(), s.timezone(), s.skipIfRunning(),
                s.maxConcurrentJobs(), s.replicationType(), s.retryAttempts(), s.retryDelayMinutes(),
                body.bool("enabled"), s.createdBy(), s.createdAt(), s.updatedAt()), id);
    }

    /** {@code DELETE /schedules/{id}}: only machine groups are checked; flows keep a dangling id. */
    Reply delete(HubRequest request) {
        String id = request.var("id");
        ProtectionDb db = inventory.db();
        if (db.schedule(id).isEmpty()) {
            return json.error(404, "schedule not found: schedule not found: " + id);
        }
        long groups = db.groups().stream().filter(g -> g.scheduleId().equals(id)).count();
        if (groups > 0) {
            return json.error(409,
                    "cannot delete schedule: " + groups + " machine groups are still using this schedule");
        }
        db.deleteSchedule(id);
        var map = GoJson.map();
        map.put("success", true);
        map.put("message", "Schedule deleted successfully");
        map.put("deleted_at", json.utcSeconds());
        return Reply.json(200, map);
    }

    /**
     * MariaDB reports changed rows (no {@code clientFoundRows}) and {@code updated_at} holds whole
     * seconds, so an update that changes nothing within the same second "finds" no schedule (P1.7).
     */
    private Reply store(Schedule next, String id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Schedule stored = inventory.db().schedule(id).orElseThrow();
        boolean unchanged = next.equals(stored) && stored.updatedAt().truncatedTo(ChronoUnit.SECONDS).equals(now);
        if (unchanged) {
            return json.error(500, "Failed to update schedule: failed to update schedule: schedule not found: " + id);
        }
        Schedule saved = new Schedule(next.id(), next.name(), next.description(), next.cron(), next.timezone(),
                next.skipIfRunning(), next.maxConcurrentJobs(), next.replicationType(), next.retryAttempts(),
                next.retryDelayMinutes(), next.enabled(), next.createdBy(), next.createdAt(), now);
        inventory.db().putSchedule(saved);
        return Reply.json(200, schedule(saved, false));
    }

    /** Read back, times have whole seconds; the create answer keeps the handler's nanoseconds. */
    GoJson.Struct schedule(Schedule s, boolean justCreated) {
        return GoJson.struct()
                .put("id", s.id())
                .put("name", s.name())
                .put("description", s.description())
                .put("cron_expression", s.cron())
                .put("timezone", s.timezone())
                .put("skip_if_running", s.skipIfRunning())
                .put("max_concurrent_jobs", s.maxConcurrentJobs())
                .put("replication_type", s.replicationType())
                .put("retry_attempts", s.retryAttempts())
                .put("retry_delay_minutes", s.retryDelayMinutes())
                .put("enabled", s.enabled())
                .put("created_by", s.createdBy())
                .put("created_at",
                        time.local(justCreated ? s.createdAt() : s.createdAt().truncatedTo(ChronoUnit.SECONDS)))
                .put("updated_at",
                        time.local(justCreated ? s.updatedAt() : s.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** {@code validateCronExpression} only counts fields: a 5-field expression passes and never fires. */
    private static Optional<String> cronProblem(String cron) {
        String trimmed = cron.strip();
        int fields = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return fields == 5 || fields == 6
                ? Optional.empty()
                : Optional.of("invalid cron expression: cron expression must have 5 or 6 fields, got " + fields);
    }

    private static Optional<String> zoneProblem(String zone) {
        if (zone.isEmpty() || zone.equals("UTC") || zone.equals("Local")) {
            return Optional.empty();
        }
        try {
            ZoneId.of(zone);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("invalid timezone: invalid timezone: unknown time zone " + zone);
        }
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static int orInt(GoJsonDecoder.Decoded body, String field, int fallback) {
        long value = body.integer(field);
        return value == 0 ? fallback : (int) value;
    }

    private static String pick(GoJsonDecoder.Decoded body, String field, String current) {
        return body.has(field) ? body.string(field) : current;
    }
}
