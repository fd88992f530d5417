package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.GroupChanges;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Machine groups on the hub. Operators and administrators change them, managers read them. Never
 * sets a schedule on a group: the hub would then start replication jobs for its members. Refusals
 * the console makes itself (a bad name, a full group) are {@link IllegalArgumentException} or
 * {@link GroupCapException} with a message to show as is.
 */
@Service
public class GroupService {

    private static final Logger log = LoggerFactory.getLogger(GroupService.class);

    private final HubClient hub;
    private final CurrentUser currentUser;
    /** Membership decides which flows protect a VM: dropped after every change so pages show it at once. */
    private final ProtectionCoverage coverage;

    GroupService(HubClient hub, CurrentUser currentUser, ProtectionCoverage coverage) {
        this.hub = hub;
        this.currentUser = currentUser;
        this.coverage = coverage;
    }

    /** Whether the signed-in user may change (managers only read): the views hide the controls otherwise. */
    public boolean canChange() {
        return currentUser.hasRole(Role.OPERATOR) || currentUser.hasRole(Role.ADMIN);
    }

    @RolesAllowed({Roles.MANAGER, Roles.OPERATOR, Roles.ADMIN})
    public List<GroupOverview> groups() {
        List<MachineGroup> groups = hub.machineGroups();
        List<ProtectionFlow> flows = flowsOrNull();
        return groups.stream()
                .map(g -> new GroupOverview(g, flows == null ? List.of() : targeting(flows, g.id()), flows != null))
                .toList();
    }

    @RolesAllowed({Roles.MANAGER, Roles.OPERATOR, Roles.ADMIN})
    public GroupOverview group(String groupId) {
        MachineGroup group = hub.machineGroup(groupId);
        List<ProtectionFlow> flows = flowsOrNull();
        return new GroupOverview(group, flows == null ? List.of() : targeting(flows, groupId), flows != null);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public MachineGroup create(GroupForm form) {
        GroupForm clean = check(form, 0);
        MachineGroup created = hub.createGroup(new GroupDraft(clean.name(), clean.description(), clean.maxVms(), 0));
        log.info("{} created machine group {} ({}) holding at most {} VMs", user(), created.id(), clean.name(),
                clean.maxVms());
        return created;
    }

    /** A size limit below the current member count is refused: the hub would accept it and then refuse every add. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public MachineGroup update(String groupId, GroupForm form) {
        MachineGroup current = hub.machineGroup(groupId);
        GroupForm clean = check(form, current.members().size());
        // "" rather than null: the hub leaves a null description unchanged, so a cleared one would come back.
        String description = clean.description() == null ? "" : clean.description();
        hub.updateGroup(groupId, new GroupChanges(clean.name(), description, clean.maxVms(), null));
        log.info("{} changed machine group {} to {} holding at most {} VMs", user(), groupId, clean.name(),
                clean.maxVms());
        return hub.machineGroup(groupId);
    }

    /** The VMs the user may put into the group and that are not in it yet, by name. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public List<VmContext> candidates(String groupId) {
        Set<String> members = hub.machineGroup(groupId)
                .members()
                .stream()
                .map(GroupMember::vmContextId)
                .collect(Collectors.toSet());
        var scope = currentUser.vmScope();
        return hub.vms()
                .stream()
                .filter(vm -> !members.contains(vm.contextId()) && scope.allows(vm.vmName()))
                .sorted(Comparator.comparing(VmContext::vmName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Adds by context id, one VM after another (the hub has no bulk add). Refused as a whole, before
     * any request, when more VMs are chosen than the group has free slots.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public GroupMemberAddition addMembers(String groupId, List<VmContext> vms) {
        MachineGroup group = hub.machineGroup(groupId);
        int free = Math.max(0, group.maxConcurrentVms() - group.members().size());
        if (vms.size() > free) {
            throw new GroupCapException(group.maxConcurrentVms(), free, vms.size());
        }
        var scope = currentUser.vmScope();
        vms.stream().filter(vm -> !scope.allows(vm.vmName())).findFirst().ifPresent(vm -> {
            throw new AccessDeniedException("VM " + vm.vmName() + " is outside your scope");
        });
        List<String> added = new ArrayList<>();
        List<GroupMemberAddition.Failure> failed = new ArrayList<>();
        @Nullable
        HubUnavailableException down = null;
        for (VmContext vm : vms) {
            if (down != null) {
                failed.add(new GroupMemberAddition.Failure(vm.vmName(), down));
                continue;
            }
            try {
                hub.assignToGroup(groupId, vm.contextId());
                added.add(vm.vmName());
            } catch (HubUnavailableException e) {
                down = e;
                failed.add(new GroupMemberAddition.Failure(vm.vmName(), e));
            } catch (HubException e) {
                failed.add(new GroupMemberAddition.Failure(vm.vmName(), e));
            }
        }
        coverage.invalidate();
        log.info("{} added {} to machine group {} ({} failed)", user(), added, groupId, failed.size());
        return new GroupMemberAddition(added, failed);
    }

    /** The hub answers success also when the VM was no member. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void removeMember(String groupId, String vmContextId) {
        hub.removeFromGroup(groupId, vmContextId);
        coverage.invalidate();
        log.info("{} removed {} from machine group {}", user(), vmContextId, groupId);
    }

    /**
     * The hub refuses a group with members and does not check the flows that target it: those fail
     * on their next run. Read this first and tell the user.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public GroupOverview deletionCheck(String groupId) {
        return group(groupId);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void delete(String groupId) {
        hub.deleteGroup(groupId);
        coverage.invalidate();
        log.info("{} deleted machine group {}", user(), groupId);
    }

    /** Removes every member, then the group: the user confirmed both. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void emptyAndDelete(String groupId) {
        for (GroupMember member : hub.machineGroup(groupId).members()) {
            hub.removeFromGroup(groupId, member.vmContextId());
        }
        coverage.invalidate();
        log.info("{} removed every member of machine group {}", user(), groupId);
        delete(groupId);
    }

    private @Nullable List<ProtectionFlow> flowsOrNull() {
        try {
            return hub.protectionFlows();
        } catch (HubException e) {
            log.warn("Flows targeting groups could not be read: {}", e.getMessage());
            return null;
        }
    }

    private static List<GroupFlow> targeting(List<ProtectionFlow> flows, String groupId) {
        return flows.stream()
                .filter(f -> f.targetType() == FlowTargetType.GROUP && f.targetId().equals(groupId))
                .map(f -> new GroupFlow(f.id(), f.name(), f.enabled()))
                .sorted(Comparator.comparing(GroupFlow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static GroupForm check(GroupForm form, int members) {
        String name = form.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException(Text.of("protection.groups.noName"));
        }
        if (name.length() > GroupForm.MAX_NAME_LENGTH) {
            throw new InvalidInputException(Text.of("protection.groups.nameLength", GroupForm.MAX_NAME_LENGTH));
        }
        String description = form.description() == null ? null : form.description().strip();
        if (description != null && description.length() > GroupForm.MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException(
                    Text.of("protection.groups.descriptionLength", GroupForm.MAX_DESCRIPTION_LENGTH));
        }
        if (form.maxVms() < 1 || form.maxVms() > GroupForm.LIMIT_MAX_VMS) {
            throw new InvalidInputException(Text.of("protection.groups.sizeRange", GroupForm.LIMIT_MAX_VMS));
        }
        if (form.maxVms() < members) {
            throw new InvalidInputException(Text.of("protection.groups.sizeBelowMembers", members));
        }
        return new GroupForm(name, description == null || description.isEmpty() ? null : description, form.maxVms());
    }

    private String user() {
        return currentUser.username().orElse("unknown");
    }
}
