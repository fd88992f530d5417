package com.sendense.console.hub.internal;

import com.sendense.console.hub.GroupAssignment;
import com.sendense.console.hub.GroupChanges;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.MachineGroup;
import java.util.List;

/** {@code /api/v1/machine-groups*} (contract P4). */
final class GroupCalls {

    private static final String GROUPS = "/api/v1/machine-groups";
    private static final String GROUP = GROUPS + "/{id}";
    private static final String CREATED_BY = "sendense-console";

    private final HubPipeline pipeline;
    private final GroupMapper mapper;

    GroupCalls(HubPipeline pipeline, GroupMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    List<MachineGroup> groups() {
        return pipeline.json(HubCall.get("machineGroups", GROUPS), GroupJson.GroupList.class, mapper::groups);
    }

    MachineGroup group(String groupId) {
        return pipeline.json(HubCall.get("machineGroup", GROUP).path("id", groupId), GroupJson.Group.class,
                mapper::group);
    }

    MachineGroup create(GroupDraft d) {
        HubCall call = HubCall.post("createGroup", GROUPS)
                .body(new GroupJson.Create(d.name(), d.description(), Math.max(d.maxVms(), 0), d.priority(),
                        CREATED_BY));
        return pipeline.json(call, GroupJson.Group.class, mapper::group);
    }

    MachineGroup update(String groupId, GroupChanges c) {
        HubCall call = HubCall.put("updateGroup", GROUP)
                .path("id", groupId)
                .body(new GroupJson.Update(c.name(), c.description(), c.maxVms(), c.priority()));
        return pipeline.json(call, GroupJson.Group.class, mapper::group);
    }

    void delete(String groupId) {
        pipeline.bodiless(HubCall.delete("deleteGroup", GROUP).path("id", groupId));
    }

    /** Memberships cannot be disabled later, and {@code enabled:false} would be stored as true anyway. */
    GroupAssignment assign(String groupId, String vmContextId) {
        HubCall call = HubCall.post("assignToGroup", GROUP + "/vms")
                .path("id", groupId)
                .body(new GroupJson.Assign(vmContextId, 0, true));
        return pipeline.json(call, GroupJson.Assignment.class, mapper::assignment);
    }

    void remove(String groupId, String vmContextId) {
        pipeline.bodiless(
                HubCall.delete("removeFromGroup", GROUP + "/vms/{vm}").path("id", groupId).path("vm", vmContextId));
    }

    List<GroupMember> vms(String groupId) {
        return pipeline.json(HubCall.get("groupVms", GROUP + "/vms").path("id", groupId), GroupJson.GroupVms.class,
                mapper::vms);
    }
}
