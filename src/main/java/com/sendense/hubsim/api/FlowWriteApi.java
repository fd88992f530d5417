package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.FlowRunner;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.json.GoTime;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.ProtectionRows.Flow;
import com.sendense.hubsim.world.ProtectionRows.FlowStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code api/handlers/protection_flow_handlers.go}, write side, with the hub's quirks: validation
 * and "not found" are 500s, {@code enabled:false} is ignored on create (GORM default), an update
 * that changes nothing within the same second reports "not found" (no {@code clientFoundRows}),
 * bulk calls are always 200, and {@code execute} runs synchronously and answers 200 even when
 * every backup failed to start.
 */
final class FlowWriteApi {

    private static final GoStruct CREATE = GoStruct.named("handlers", "CreateFlowRequest",
            fields("name", GoType.STRING, "description", GoType.STRING, "flow_type", GoType.STRING, "target_type",
                    GoType.STRING, "target_id", GoType.STRING, "repository_id", GoType.STRING, "policy_id",
                    GoType.STRING, "schedule_id", GoType.STRING, "enabled", GoType.BOOL));
    private static final GoStruct UPDATE = GoStruct.named("handlers", "UpdateFlowRequest",
            fields("name", GoType.STRING, "description", GoType.STRING, "repository_id", GoType.STRING, "policy_id",
                    GoType.STRING, "schedule_id", GoType.STRING, "enabled", GoType.BOOL));
    private static final GoStruct BULK = GoStruct.named("handlers", "BulkFlowRequest",
            fields("flow_ids", GoType.STRING_LIST));

    private final Inventory inventory;
    private final FlowRunner runner;
    private final FlowJson json;
    private final Clock clock;

    FlowWriteApi(Inventory inventory, FlowRunner runner, FlowJson json, Clock clock) {
        this.inventory = inventory;
        this.runner = runner;
        this.json = json;
        this.clock = clock;
    }

    /** {@code POST /protection-flows}. */
    Reply create(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), CREATE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return FlowJson.error(400, "Invalid request body", e.getMessage());
        }
        String name = body.string("name");
        String problem = name.isEmpty()
                ? "name is required"
                : name.length() > 255
                        ? "name must be 255 characters or less"
                        : !List.of("backup", "replication").contains(body.string("flow_type"))
                                ? "flow_type must be 'backup' or 'replication'"
                                : !List.of("vm", "group").contains(body.string("target_type"))
                                        ? "target_type must be 'vm' or 'group'"
                                        : body.string("target_id").isEmpty()
                                                ? "target_id is required"
                                                : body.string("flow_type").equals("backup")
                                                        && !body.has("repository_id")
                                                                ? "repository_id is required for backup flows"
                                                                : null;
        if (problem != null) {
            return FlowJson.error(500, "Failed to create flow", "validation failed: " + problem);
        }
        ProtectionDb db = inventory.db();
        if (db.flowNameTaken(name)) {
            return FlowJson.error(500, "Failed to create flow", "flow with name '" + name + "' already exists");
        }
        if (body.string("flow_type").equals("replication")) {
            return FlowJson.error(500, "Failed to create flow",
                    "failed to create flow: failed to create flow: Error 4025 (23000): "
                            + "CONSTRAINT `CONSTRAINT_1` failed for `migratekit_oma`.`protection_flows`");
        }
        Instant now = GoTime.roundedToMillis(clock.instant());
        Flow flow = new Flow(db.uuid(), name, body.has("description") ? body.string("description") : null, "backup",
                body.string("target_type"), body.string("target_id"), body.string("repository_id"),
                body.string("policy_id"), body.string("schedule_id"), true, now, now, FlowStatus.NEVER_RUN);
        db.putFlow(flow);
        return Reply.json(201, json.created(flow));
    }

    /** {@code PUT /protection-flows/{id}}: absent or null fields stay; type and target cannot change. */
    Reply update(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), UPDATE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return FlowJson.error(400, "Invalid request body", e.getMessage());
        }
        String id = request.var("id");
        String name = body.has("name") ? body.string("name") : null;
        if (name != null
                && inventory.db().flows().stream().anyMatch(f -> f.name().equals(name) && !f.id().equals(id))) {
            return FlowJson.error(500, "Failed to update flow",
                    "failed to update flow: Error 1062 (23000): Duplicate entry '" + name + "' for key 'name'");
        }
        return change(request, "update", f -> new Flow(f.id(), pick(body, "name", f.name()),
                body.has("description") ? body.string("description") : f.description(), f.flowType(), f.targetType(),
                f.targetId(), pick(body, "repository_id", f.repositoryId()), pick(body, "policy_id", f.policyId()),
                pick(body, "schedule_id", f.scheduleId()), body.has("enabled") ? body.bool("enabled") : f.enabled(),
                f.createdAt(), f.updatedAt(), f.status()));
    }

    /** {@code PATCH /protection-flows/{id}/enable}. */
    Reply enable(HubRequest request) {
        return change(request, "enable", f -> withEnabled(f, true));
    }

    /** {@code PATCH /protection-flows/{id}/disable}. */
    Reply disable(HubRequest request) {
        return change(request, "disable", f -> withEnabled(f, false));
    }

    /** {@code DELETE /protection-flows/{id}}: 204 with no body; running backups go on. */
    Reply delete(HubRequest request) {
        String id = request.var("id");
        if (!inventory.db().deleteFlow(id)) {
            return FlowJson.error(500, "Failed to delete flow", "flow not found: " + id);
        }
        return new Reply.Empty(204);
    }

    /** {@code POST /protection-flows/bulk-enable|bulk-disable|bulk-delete}: one by one, always 200. */
    Reply bulk(HubRequest request, String action) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), BULK);
        } catch (GoJsonDecoder.GoJsonException e) {
            return FlowJson.error(400, "Invalid request body", e.getMessage());
        }
        List<String> ids = body.strings("flow_ids");
        List<String> errors = new ArrayList<>();
        for (String id : ids) {
            boolean done = switch (action) {
                case "delete" -> inventory.db().deleteFlow(id);
                default -> apply(id, f -> withEnabled(f, action.equals("enable"))).isPresent();
            };
            if (!done) {
                errors.add("Failed to " + action + " flow " + id + ": flow not found: " + id);
            }
        }
        var map = GoJson.map();
        map.put("action", action);
        map.put("requested", ids.size());
        map.put("successful", ids.size() - errors.size());
        map.put("failed", errors.size());
        map.put("errors", errors.isEmpty() ? null : errors);
        return Reply.json(200, map);
    }

    /** {@code POST /protection-flows/{id}/execute}: synchronous and serial; no duplicate guard. */
    Reply execute(HubRequest request) {
        String id = request.var("id");
        Optional<Flow> flow = inventory.db().flow(id);
        if (flow.isEmpty()) {
            return FlowJson.error(500, "Failed to execute flow", "flow not found: flow not found: " + id);
        }
        return Reply.json(200, json.executed(runner.execute(flow.get())));
    }

    private Reply change(HubRequest request, String action, java.util.function.UnaryOperator<Flow> change) {
        String id = request.var("id");
        Optional<Flow> changed = apply(id, change);
        if (changed.isEmpty()) {
            String error = "Failed to " + action + " flow";
            return FlowJson.error(500, error, "flow not found: " + id);
        }
        return Reply.json(200, json.flow(changed.get()));
    }

    /**
     * {@code Updates(map)} with {@code updated_at = now}: MariaDB reports changed rows only, and the
     * column holds whole seconds, so an identical update within the same second affects no row.
     */
    private Optional<Flow> apply(String id, java.util.function.UnaryOperator<Flow> change) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<Flow> before = inventory.db().flow(id);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Flow after = change.apply(before.get());
        Flow stamped = new Flow(after.id(), after.name(), after.description(), after.flowType(), after.targetType(),
                after.targetId(), after.repositoryId(), after.policyId(), after.scheduleId(), after.enabled(),
                after.createdAt(), now, after.status());
        if (stamped.equals(before.get().withStatus(stamped.status()))
                && before.get().updatedAt().truncatedTo(ChronoUnit.SECONDS).equals(now)) {
            return Optional.empty();
        }
        return inventory.db().updateFlow(id, f -> stamped);
    }

    private static Flow withEnabled(Flow f, boolean enabled) {
        return new Flow(f.id(), f.name(), f.description(), f.flowType(), f.targetType(), f.targetId(), f.repositoryId(),
                f.policyId(), f.scheduleId(), enabled, f.createdAt(), f.updatedAt(), f.status());
    }

    private static String pick(GoJsonDecoder.Decoded body, String field, String current) {
        return body.has(field) ? body.string(field) : current;
    }

    static Map<String, GoType> fields(Object... pairs) {
        Map<String, GoType> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (GoType) pairs[i + 1]);
        }
        return map;
    }
}
