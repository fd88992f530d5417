package com.sendense.console.hub.internal;

import static com.sendense.console.hub.internal.Wire.flag;
import static com.sendense.console.hub.internal.Wire.list;
import static com.sendense.console.hub.internal.Wire.num;
import static com.sendense.console.hub.internal.Wire.optionalText;
import static com.sendense.console.hub.internal.Wire.required;
import static com.sendense.console.hub.internal.Wire.text;

import com.sendense.console.hub.GroupAssignment;
import com.sendense.console.hub.GroupCapacity;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.MachineGroup;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Machine groups: wire → model. Their times carry real offsets. */
final class GroupMapper {

    private final HubTime time;

    GroupMapper(HubTime time) {
        this.time = time;
    }

    List<MachineGroup> groups(GroupJson.GroupList wire) {
        return list(wire.groups()).stream().map(this::group).toList();
    }

    MachineGroup group(GroupJson.Group g) {
        return new MachineGroup(required(g.id(), "id"), text(g.name()), optionalText(g.description()),
                optionalText(g.scheduleId()), optionalText(g.scheduleName()), num(g.maxConcurrentVms()),
                num(g.priority()), num(g.totalVms()), num(g.enabledVms()), text(g.createdBy()),
                time.requiredInstant(g.createdAt(), "created_at"), time.requiredInstant(g.updatedAt(), "updated_at"),
                list(g.memberships()).stream().map(this::member).sorted(BY_NAME).toList());
    }

    private GroupMember member(GroupJson.Membership m) {
        GroupJson.MemberContext vm = m.vmContext() == null ? new GroupJson.MemberContext(null, null) : m.vmContext();
        return new GroupMember(required(m.vmContextId(), "vm_context_id"), text(vm.vmName()), text(vm.vmwareVmId()),
                num(m.priority()), flag(m.enabled()), time.instant(m.addedAt()), text(m.addedBy()));
    }

    /** The hub lists members in no particular order. */
    List<GroupMember> vms(GroupJson.GroupVms wire) {
        return list(wire.vms()).stream()
                .map(v -> new GroupMember(required(v.vmContextId(), "vm_context_id"), text(v.vmName()),
                        text(v.vmwareVmId()), num(v.priority()), flag(v.enabled()), time.instant(v.addedAt()),
                        text(v.addedBy())))
                .sorted(BY_NAME)
                .toList();
    }

    GroupAssignment assignment(GroupJson.Assignment a) {
        GroupJson.AssignedVm vm = a.assignedVm();
        if (vm == null) {
            throw new IllegalArgumentException("The hub sent no assigned_vm");
        }
        return new GroupAssignment(required(vm.vmContextId(), "vm_context_id"), text(vm.vmName()), text(vm.groupId()),
                text(vm.groupName()), time.instant(vm.assignedAt()), capacity(a.groupCapacity()));
    }

    private static GroupCapacity capacity(GroupJson.@Nullable Capacity c) {
        return c == null
                ? new GroupCapacity(0, 0, 0, false)
                : new GroupCapacity(num(c.currentMembers()), num(c.maxConcurrentVms()), num(c.available()),
                        flag(c.atCapacity()));
    }

    private static final Comparator<GroupMember> BY_NAME = Comparator.comparing(GroupMember::vmName)
            .thenComparing(GroupMember::vmContextId);
}
