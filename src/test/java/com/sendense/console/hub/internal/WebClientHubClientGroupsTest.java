package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sendense.console.hub.GroupAssignment;
import com.sendense.console.hub.GroupCapacity;
import com.sendense.console.hub.GroupChanges;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.MachineGroup;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Machine groups (contract P4): values from the real fixtures, the size cap and the 500-for-not-found. */
class WebClientHubClientGroupsTest extends HubClientTestSupport {

    static final String GROUPS = "/api/v1/machine-groups";
    static final String DATABASES = "8a5e2f3c-a4b1-11f0-9c2d-020000000001";
    static final String WEB = "839c0071-a5b7-11f0-9c2d-020000000001";
    static final String PG = "ctx-pgtest1-20251006-203401";
    static final String WEB_VM = "ctx-web-server-01-20251007-101522";

    @Test
    void groups_come_with_their_members() {
        serve(get(GROUPS), 200, "protection/machine-groups.json");

        List<MachineGroup> groups = client().machineGroups();

        assertThat(groups).extracting(MachineGroup::name).containsExactly("Databases", "Web tier");
        MachineGroup databases = groups.get(0);
        assertThat(databases.maxConcurrentVms()).isEqualTo(5);
        assertThat(databases.totalVms()).isEqualTo(1);
        assertThat(databases.full()).isFalse();
        assertThat(databases.scheduleName()).isEqualTo("Nightly 02:00");
        assertThat(databases.members()).containsExactly(new GroupMember(PG, "pgtest1",
                "4205a841-0265-f4bd-39a6-39fd92196f53", 100, true, Instant.parse("2025-10-09T01:46:10Z"), "system"));
    }

    @Test
    void no_groups_is_an_empty_list() {
        serve(get(GROUPS), 200, "protection/machine-groups-empty.json");

        assertThat(client().machineGroups()).isEmpty();
    }

    @Test
    void one_group_is_read_with_counts_and_members() {
        serve(get(GROUPS + "/" + DATABASES), 200, "protection/machine-group-get.json");

        MachineGroup group = client().machineGroup(DATABASES);

        assertThat(group.priority()).isEqualTo(10);
        assertThat(group.createdAt()).isEqualTo(Instant.parse("2025-10-09T01:44:48Z"));
        assertThat(group.members()).extracting(GroupMember::vmName).containsExactly("pgtest1");
    }

    @Test
    void an_unknown_group_is_not_found_though_the_hub_says_500() {
        serve(get(GROUPS + "/" + WEB), 500, "protection/machine-group-get-500-not-found.json");

        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().machineGroup(WEB)).code())
                .isEqualTo(HubErrorCode.GROUP_NOT_FOUND);
    }

    @Test
    void create_sends_no_schedule_and_the_size_cap() {
        serve(post(GROUPS), 201, "protection/machine-group-create.json");

        MachineGroup group = client().createGroup(new GroupDraft("Web tier", "Front-end web servers", 0, 0));

        assertThat(group.id()).isEqualTo(WEB);
        assertThat(group.maxConcurrentVms()).isEqualTo(5); // 0 became the hub's default
        assertThat(group.members()).isEmpty();
        assertThat(group.createdAt()).isEqualTo(Instant.parse("2025-10-10T09:00:05.412Z"));
        hub.verify(postRequestedFor(urlEqualTo(GROUPS)).withRequestBody(equalToJson("""
                {"name":"Web tier","description":"Front-end web servers","max_concurrent_vms":0,"priority":0,
                 "created_by":"sendense-console"}""")));
    }

    @Test
    @HubFault("error shape: machine group errors as 500")
    void create_errors_say_duplicate_or_unknown_schedule() {
        serve(post(GROUPS), 500, "protection/machine-group-create-500-duplicate.json");
        assertThat(catchThrowableOfType(HubConflictException.class,
                () -> client().createGroup(new GroupDraft("Databases", null, 5, 0))).code())
                .isEqualTo(HubErrorCode.DUPLICATE_NAME);

        serve(post(GROUPS), 500, "protection/machine-group-create-500-schedule.json");
        assertThat(catchThrowableOfType(HubNotFoundException.class,
                () -> client().createGroup(new GroupDraft("Other", null, 5, 0))).code())
                .isEqualTo(HubErrorCode.SCHEDULE_NOT_FOUND);
    }

    @Test
    void update_sends_only_the_changes_and_the_answer_has_no_counts() {
        serve(put(urlEqualTo(GROUPS + "/" + DATABASES)), 200, "protection/machine-group-update.json");

        MachineGroup group = client().updateGroup(DATABASES,
                new GroupChanges(null, "Database servers (nightly)", null, null));

        assertThat(group.description()).isEqualTo("Database servers (nightly)");
        assertThat(group.totalVms()).isZero();
        hub.verify(putRequestedFor(urlEqualTo(GROUPS + "/" + DATABASES))
                .withRequestBody(equalToJson("{\"description\":\"Database servers (nightly)\"}")));
    }

    @Test
    void an_update_the_hub_refuses_for_its_schedule_is_an_unknown_schedule() {
        serve(put(urlEqualTo(GROUPS + "/" + DATABASES)), 500,
                "protection/machine-group-update-500-clear-schedule.json");

        assertThat(catchThrowableOfType(HubNotFoundException.class,
                () -> client().updateGroup(DATABASES, new GroupChanges("x", null, null, null))).code())
                .isEqualTo(HubErrorCode.SCHEDULE_NOT_FOUND);
    }

    @Test
    void delete_works_on_an_empty_group_and_is_refused_with_members_or_unknown() {
        serve(delete(GROUPS + "/" + WEB), 200, "protection/machine-group-delete.json");
        serve(delete(GROUPS + "/" + DATABASES), 400, "protection/machine-group-delete-400-has-vms.json");
        serve(delete(GROUPS + "/" + PG), 500, "protection/machine-group-delete-500-not-found.json");

        client().deleteGroup(WEB);

        assertThat(catchThrowableOfType(HubConflictException.class, () -> client().deleteGroup(DATABASES)).code())
                .isEqualTo(HubErrorCode.GROUP_HAS_VMS);
        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().deleteGroup(PG)).code())
                .isEqualTo(HubErrorCode.GROUP_NOT_FOUND);
    }

    @Test
    void assigning_a_vm_sends_its_context_id_and_reads_the_capacity_left() {
        serve(post(GROUPS + "/" + WEB + "/vms"), 201, "protection/machine-group-assign-vm.json");

        GroupAssignment assignment = client().assignToGroup(WEB, WEB_VM);

        assertThat(assignment.vmName()).isEqualTo("web-server-01");
        assertThat(assignment.groupName()).isEqualTo("Web tier");
        assertThat(assignment.assignedAt()).isEqualTo(Instant.parse("2025-10-10T09:01:12.604Z"));
        assertThat(assignment.capacity()).isEqualTo(new GroupCapacity(1, 5, 4, false));
        hub.verify(postRequestedFor(urlEqualTo(GROUPS + "/" + WEB + "/vms")).withRequestBody(equalToJson("""
                {"vm_context_id":"ctx-web-server-01-20251007-101522","priority":0,"enabled":true}""")));
    }

    @Test
    @HubFault("error shape: success-shaped 409 for a full group")
    void a_full_group_member_or_unknown_target_is_told_precisely() {
        serve(post(GROUPS + "/" + WEB + "/vms"), 409, "protection/machine-group-assign-vm-409.json");
        assertThat(catchThrowableOfType(HubConflictException.class, () -> client().assignToGroup(WEB, WEB_VM)).code())
                .isEqualTo(HubErrorCode.GROUP_FULL);

        serve(post(GROUPS + "/" + WEB + "/vms"), 500, "protection/machine-group-assign-vm-500-duplicate.json");
        assertThat(catchThrowableOfType(HubConflictException.class, () -> client().assignToGroup(WEB, WEB_VM)).code())
                .isEqualTo(HubErrorCode.ALREADY_IN_GROUP);

        serve(post(GROUPS + "/" + WEB + "/vms"), 404, "protection/machine-group-assign-vm-404-group.json");
        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().assignToGroup(WEB, WEB_VM)).code())
                .isEqualTo(HubErrorCode.GROUP_NOT_FOUND);

        serve(post(GROUPS + "/" + WEB + "/vms"), 404, "protection/machine-group-assign-vm-404-vm.json");
        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().assignToGroup(WEB, WEB_VM)).code())
                .isEqualTo(HubErrorCode.VM_NOT_FOUND);
    }

    @Test
    void removing_a_vm_addresses_it_by_context_id() {
        serve(delete(GROUPS + "/" + DATABASES + "/vms/" + PG), 200, "protection/machine-group-remove-vm.json");

        client().removeFromGroup(DATABASES, PG);

        hub.verify(1, deleteRequestedFor(urlEqualTo(GROUPS + "/" + DATABASES + "/vms/" + PG)));
    }

    @Test
    void the_vms_of_a_group_and_of_an_unknown_group() {
        serve(get(GROUPS + "/" + DATABASES + "/vms"), 200, "protection/machine-group-vms.json");
        serve(get(GROUPS + "/" + WEB + "/vms"), 500, "protection/machine-group-vms-500.json");

        assertThat(client().groupVms(DATABASES)).containsExactly(new GroupMember(PG, "pgtest1",
                "4205a841-0265-f4bd-39a6-39fd92196f53", 100, true, Instant.parse("2025-10-09T01:46:10Z"), "system"));
        assertThat(catchThrowableOfType(HubNotFoundException.class, () -> client().groupVms(WEB)).code())
                .isEqualTo(HubErrorCode.GROUP_NOT_FOUND);
    }
}
