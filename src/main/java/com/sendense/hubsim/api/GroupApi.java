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
import com.sendense.hubsim.world.ProtectionRows.Group;
import com.sendense.hubsim.world.ProtectionRows.Membership;
import com.sendense.hubsim.world.ProtectionRows.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code machine_group_management.go}: group CRUD with the hub's 500s for "not found" and
 * validation, counts that the create and {@code PUT} responses do not recompute, a schedule that can
 * never be removed, and a delete refused while members remain. Membership is in {@link GroupVmApi}.
 */
final class GroupApi {

    private static final String NOT_FOUND = "failed to get group by ID: record not found";
    private static final GoStruct CREATE = GoStruct.named("handlers", "CreateGroupRequest",
            FlowWriteApi.fields("name", GoType.STRING, "description", GoType.STRING, "schedule_id", GoType.STRING,
                    "max_concurrent_vms", GoType.INT, "priority", GoType.INT, "created_by", GoType.STRING));

    private final Inventory inventory;
    private final GroupJson json;
    private final Clock clock;

    GroupApi(Inventory inventory, GroupJson json, Clock clock) {
        this.inventory = inventory;
        this.json = json;
        this.clock = clock;
    }

    /** {@code POST /machine-groups}: 201 without schedule object or counts, GORM's millisecond times. */
    Reply create(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), CREATE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        ProtectionDb db = inventory.db();
        String scheduleId = body.string("schedule_id");
        if (!scheduleId.isEmpty() && db.schedule(scheduleId).isEmpty()) {
            return json.error(500,
                    "Failed to create group: failed to validate schedule: schedule not found: " + scheduleId);
        }
        String name = body.string("name");
        if (db.groupNameTaken(name)) {
            return json.error(500,
                    "Failed to create group: failed to create group: failed to create group: failed to create group: "
                            + "Error 1062 (23000): Duplicate entry '" + name + "' for key 'name'");
        }
        Instant now = GoTime.roundedToMillis(clock.instant());
        int max = (int) body.integer("max_concurrent_vms");
        String createdBy = body.string("created_by");
        Group group = new Group(db.uuid(), name, body.string("description"), scheduleId, max == 0 ? 5 : max,
                (int) body.integer("priority"), createdBy.isEmpty() ? "machine-group-service" : createdBy, now, now);
        db.putGroup(group);
        return Reply.json(201, json.group(group, false, false));
    }

    /** {@code GET /machine-groups[?schedule_id=]}, by name, each group re-read with its members. */
    Reply list(HubRequest request) {
        String scheduleId = request.query("schedule_id");
        List<GoJson.Struct> groups = inventory.db()
                .groups()
                .stream()
                .filter(g -> scheduleId.isEmpty() || g.scheduleId().equals(scheduleId))
                .map(g -> json.group(g, true, true))
                .toList();
        GoJson.Struct list = GoJson.struct().put("groups", groups).put("total_count", groups.size());
        if (!scheduleId.isEmpty()) {
            list.put("filtered_by", "schedule_id=" + scheduleId);
        }
        return Reply.json(200, list.put("retrieved_at", json.utcNow()));
    }

    /** {@code GET /machine-groups/{id}}: an unknown id is a 500 (the 404 branch is unreachable). */
    Reply get(HubRequest request) {
        return inventory.db()
                .group(request.var("id"))
                .map(g -> Reply.json(200, json.group(g, true, true)))
                .orElseGet(() -> json.error(500,
                        "Failed to get group: failed to get group: failed to get group: " + NOT_FOUND));
    }

    /** {@code PUT /machine-groups/{id}}: {@code schedule_id:""} fails validation, so a schedule stays for ever. */
    Reply update(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), CREATE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        ProtectionDb db = inventory.db();
        Optional<Group> found = db.group(request.var("id"));
        if (body.has("schedule_id") && db.schedule(body.string("schedule_id")).isEmpty()) {
            return json.error(500, "Failed to update group: failed to validate schedule: schedule not found: "
                    + body.string("schedule_id"));
        }
        if (found.isEmpty()) {
            return json.error(500,
                    "Failed to update group: failed to update group: failed to get updated group: " + NOT_FOUND);
        }
        Group g = found.get();
        Group updated = new Group(g.id(), body.has("name") ? body.string("name") : g.name(),
                body.has("description") ? body.string("description") : g.description(),
                body.has("schedule_id") ? body.string("schedule_id") : g.scheduleId(),
                body.has("max_concurrent_vms") ? (int) body.integer("max_concurrent_vms") : g.maxConcurrentVms(),
                body.has("priority") ? (int) body.integer("priority") : g.priority(), g.createdBy(), g.createdAt(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        db.putGroup(updated);
        return Reply.json(200, json.group(updated, true, false));
    }

    /** {@code DELETE /machine-groups/{id}}: refused while it has members; flows that target it are not checked. */
    Reply delete(HubRequest request) {
        String id = request.var("id");
        ProtectionDb db = inventory.db();
        if (db.group(id).isEmpty()) {
            return json.error(500,
                    "Failed to delete group: failed to get group for deletion: failed to get group: " + NOT_FOUND);
        }
        int members = db.members(id).size();
        if (members > 0) {
            return json.error(400, "cannot delete group with " + members + " VMs, remove VMs first");
        }
        db.deleteGroup(id);
        var map = GoJson.map();
        map.put("success", true);
        map.put("message", "Group deleted successfully");
        map.put("group_id", id);
        map.put("timestamp", json.utcSeconds());
        return Reply.json(200, map);
    }

    static Optional<Schedule> scheduleOf(ProtectionDb db, Group g) {
        return g.scheduleId().isEmpty() ? Optional.empty() : db.schedule(g.scheduleId());
    }

    static List<Membership> members(ProtectionDb db, Group g) {
        return db.members(g.id());
    }
}
