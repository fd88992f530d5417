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
import com.sendense.hubsim.world.VmContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code vm_group_assignment.go}: add a VM to a group by context id ({@code max_concurrent_vms}
 * also caps the group's size: 409 with a success-shaped body), remove one (200 even for
 * non-members), and the two member lists.
 */
final class GroupVmApi {

    private static final GoStruct ASSIGN = GoStruct.named("handlers", "AssignVMRequest",
            FlowWriteApi.fields("vm_context_id", GoType.STRING, "priority", GoType.INT, "enabled", GoType.BOOL));

    private final Inventory inventory;
    private final GroupJson json;
    private final Timestamps time;
    private final Clock clock;

    GroupVmApi(Inventory inventory, GroupJson json, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.json = json;
        this.time = time;
        this.clock = clock;
    }

    /** {@code POST /machine-groups/{id}/vms}: 201. */
    Reply assign(HubRequest request) {
        long started = System.nanoTime();
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), ASSIGN);
        } catch (GoJsonDecoder.GoJsonException e) {
            return json.error(400, "Invalid request body: " + e.getMessage());
        }
        ProtectionDb db = inventory.db();
        Optional<Group> group = db.group(request.var("id"));
        if (group.isEmpty()) {
            return json.error(404, "Group not found: failed to get group: failed to get group by ID: record not found");
        }
        String contextId = body.string("vm_context_id");
        Optional<VmContext> vm = inventory.vmByContextId(contextId);
        if (vm.isEmpty()) {
            return json.error(404, "VM context not found: failed to get VM context by ID: record not found");
        }
        Group g = group.get();
        int members = db.members(g.id()).size();
        if (members >= g.maxConcurrentVms()) {
            return Reply.json(409,
                    GoJson.struct()
                            .put("success", false)
                            .put("message", "Group is at capacity")
                            .put("group_capacity", capacity(g, members))
                            .put("processing_time", System.nanoTime() - started));
        }
        if (db.members(g.id()).stream().anyMatch(m -> m.contextId().equals(contextId))) {
            return json.error(500,
                    "Failed to assign VM to group: failed to create membership: failed to create membership: "
                            + "Error 1062 (23000): Duplicate entry '" + g.id() + "-" + contextId
                            + "' for key 'unique_vm_group'");
        }
        Instant now = GoTime.roundedToMillis(clock.instant());
        int priority = (int) body.integer("priority");
        db.addMembership(new Membership(db.uuid(), g.id(), contextId, true, priority, now, "api"));
        return Reply.json(201,
                GoJson.struct()
                        .put("success", true)
                        .put("message", "VM successfully assigned to group")
                        .put("assigned_vm",
                                GoJson.struct()
                                        .put("vm_context_id", contextId)
                                        .put("vm_name", vm.get().vmName())
                                        .put("group_id", g.id())
                                        .put("group_name", g.name())
                                        .put("priority", priority)
                                        .put("enabled", true)
                                        .put("assigned_at", time.local(now)))
                        .put("group_capacity", capacity(g, members + 1))
                        .put("processing_time", System.nanoTime() - started));
    }

    /** {@code DELETE /machine-groups/{id}/vms/{vmId}}: the delete's result is never checked. */
    Reply remove(HubRequest request) {
        long started = System.nanoTime();
        inventory.db().removeMembership(request.var("id"), request.var("vmId"));
        return Reply.json(200,
                GoJson.struct()
                        .put("success", true)
                        .put("message", "VM successfully removed from group")
                        .put("processing_time", System.nanoTime() - started));
    }

    /** {@code GET /machine-groups/{id}/vms}. */
    Reply list(HubRequest request) {
        Optional<Group> group = inventory.db().group(request.var("id"));
        if (group.isEmpty()) {
            return json.error(500, "Failed to get group: failed to get group by ID: record not found");
        }
        List<GoJson.Struct> vms = inventory.db()
                .members(group.get().id())
                .stream()
                .flatMap(m -> inventory.vmByContextId(m.contextId())
                        .map(vm -> GoJson.struct()
                                .put("vm_context_id", m.contextId())
                                .put("vm_name", vm.vmName())
                                .put("vmware_vm_id", vm.vmwareVmId())
                                .put("priority", m.priority())
                                .put("enabled", m.enabled())
                                .put("added_at", time.localSeconds(m.addedAt()))
                                .put("added_by", m.addedBy()))
                        .stream())
                .toList();
        return Reply.json(200,
                GoJson.struct()
                        .put("group_id", group.get().id())
                        .put("group_name", group.get().name())
                        .put("total_vms", vms.size())
                        .put("vms", vms)
                        .put("retrieved_at", json.utcNow()));
    }

    /** {@code GET /vm-groups/{group_id}/members}: enabled members by name; an unknown group is an empty 200. */
    Reply members(HubRequest request) {
        List<GoJson.Struct> members = inventory.db()
                .members(request.var("group_id"))
                .stream()
                .filter(Membership::enabled)
                .flatMap(m -> inventory.vmByContextId(m.contextId()).stream())
                .sorted(Comparator.comparing(VmContext::vmName))
                .map(vm -> GoJson.struct()
                        .put("context_id", vm.contextId())
                        .put("vm_name", vm.vmName())
                        .put("cpu_count", vm.cpuCount())
                        .put("memory_mb", vm.memoryMb())
                        .put("os_type", vm.osType())
                        .put("power_state", vm.powerState()))
                .toList();
        var map = GoJson.map();
        map.put("members", members);
        map.put("count", members.size());
        return Reply.json(200, map);
    }

    private static GoJson.Struct capacity(Group g, int members) {
        return GoJson.struct()
                .put("group_id", g.id())
                .put("group_name", g.name())
                .put("current_members", members)
                .put("max_concurrent_vms", g.maxConcurrentVms())
                .put("available", Math.max(0, g.maxConcurrentVms() - members))
                .put("at_capacity", members >= g.maxConcurrentVms());
    }
}
