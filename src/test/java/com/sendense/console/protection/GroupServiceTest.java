package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class GroupServiceTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    GroupService groups;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ProtectionCoverage coverage;

    @BeforeEach
    void hub_with_three_vms_and_no_groups() {
        hub.failWith(null);
        hub.vms.clear();
        hub.groups.clear();
        hub.flows.clear();
        for (String name : List.of("web-01", "web-02", "db-01")) {
            hub.withVm(FakeHubClient.vm(name, "linux", PowerState.ON));
        }
    }

    @Test
    void a_group_is_created_with_the_chosen_size_and_no_schedule() {
        MachineGroup created = groups.create(new GroupForm("  Web tier ", "front ends", 2));

        MachineGroup stored = hub.groups.get(created.id());
        assertThat(stored.name()).isEqualTo("Web tier");
        assertThat(stored.maxConcurrentVms()).isEqualTo(2);
        assertThat(stored.scheduleId()).as("a schedule would start replication").isNull();
    }

    @ParameterizedTest
    @BadInput("group form out of range")
    @CsvSource(delimiter = '|', value = {"'   '|5|Give the group a name", "Web|0|between 1 and 200",
            "Web|201|between 1 and 200"})
    void a_blank_name_or_a_size_out_of_range_is_refused_before_the_hub(String name, int max, String message) {
        assertThatThrownBy(() -> groups.create(new GroupForm(name, null, max)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(hub.groups).isEmpty();
    }

    @Test
    @BadInput("oversized group name")
    void a_name_longer_than_the_console_allows_is_refused() {
        assertThatThrownBy(() -> groups.create(new GroupForm("g".repeat(GroupForm.MAX_NAME_LENGTH + 1), null, 5)))
                .hasMessageContaining("at most 100 characters");
    }

    @Test
    void the_list_names_the_flows_that_target_each_group_and_no_others() {
        String web = groups.create(new GroupForm("Web", null, 5)).id();
        String db = groups.create(new GroupForm("DB", null, 5)).id();
        flow("nightly-web", FlowTargetType.GROUP, web, true);
        flow("weekly-web", FlowTargetType.GROUP, web, false);
        flow("one-vm", FlowTargetType.VM, web, true);

        List<GroupOverview> all = groups.groups();

        GroupOverview webRow = all.stream().filter(o -> o.group().id().equals(web)).findFirst().orElseThrow();
        assertThat(webRow.flowsKnown()).isTrue();
        assertThat(webRow.flows()).extracting(GroupFlow::name).containsExactly("nightly-web", "weekly-web");
        assertThat(webRow.flows()).extracting(GroupFlow::enabled).containsExactly(true, false);
        assertThat(all.stream().filter(o -> o.group().id().equals(db)).findFirst().orElseThrow().flows()).isEmpty();
    }

    @Test
    void candidates_are_the_vms_not_yet_in_the_group() {
        String id = groups.create(new GroupForm("Web", null, 5)).id();
        groups.addMembers(id, List.of(vm("web-01")));

        assertThat(groups.candidates(id)).extracting(VmContext::vmName).containsExactly("db-01", "web-02");
    }

    @Test
    void choosing_more_vms_than_free_slots_is_refused_before_any_request() {
        String id = groups.create(new GroupForm("Web", null, 2)).id();
        groups.addMembers(id, List.of(vm("web-01")));

        assertThatThrownBy(() -> groups.addMembers(id, List.of(vm("web-02"), vm("db-01"))))
                .isInstanceOf(GroupCapException.class)
                .hasMessageStartingWith("This group holds at most 2 VMs; 1 free slot. You chose 2.");
        assertThat(hub.groups.get(id).members()).hasSize(1);
    }

    @Test
    @HubFault("vm gone from the hub")
    void a_vm_the_hub_no_longer_knows_is_reported_and_the_others_are_added() {
        String id = groups.create(new GroupForm("Web", null, 5)).id();
        VmContext gone = vm("web-02");
        hub.vms.remove(gone);

        GroupMemberAddition result = groups.addMembers(id, List.of(vm("web-01"), gone, vm("db-01")));

        assertThat(result.added()).containsExactly("web-01", "db-01");
        assertThat(result.failed()).extracting(GroupMemberAddition.Failure::vmName).containsExactly("web-02");
        assertThat(HubErrorMessages.explain(result.failed().getFirst().error())).contains("not in the hub's inventory");
    }

    @Test
    @HubFault("hub down")
    void when_the_hub_goes_down_mid_way_the_rest_are_reported_not_added() {
        String id = groups.create(new GroupForm("Web", null, 5)).id();
        var flaky = new FakeHubClient() {

            int calls;

            @Override
            public com.sendense.console.hub.GroupAssignment assignToGroup(String groupId, String ctx) {
                if (++calls > 1) {
                    throw FakeHubClient.unreachable();
                }
                return hub.assignToGroup(groupId, ctx);
            }

            @Override
            public MachineGroup machineGroup(String groupId) {
                return hub.machineGroup(groupId);
            }
        };
        var service = new GroupService(flaky, currentUser, coverage);

        GroupMemberAddition result = service.addMembers(id, List.of(vm("db-01"), vm("web-01"), vm("web-02")));

        assertThat(result.added()).containsExactly("db-01");
        assertThat(result.failed()).extracting(GroupMemberAddition.Failure::vmName).containsExactly("web-01", "web-02");
        assertThat(flaky.calls).as("no request after the hub was found down").isEqualTo(2);
    }

    @Test
    void a_size_below_the_member_count_is_refused_and_a_larger_one_saved() {
        String id = groups.create(new GroupForm("Web", "old", 5)).id();
        groups.addMembers(id, List.of(vm("web-01"), vm("web-02")));

        assertThatThrownBy(() -> groups.update(id, new GroupForm("Web", null, 1)))
                .hasMessageContaining("The group has 2 members, so it must hold at least 2 VMs");

        MachineGroup saved = groups.update(id, new GroupForm("Web servers", "", 8));
        assertThat(saved.name()).isEqualTo("Web servers");
        assertThat(saved.maxConcurrentVms()).isEqualTo(8);
        assertThat(saved.description()).as("a cleared description is sent as empty, not left unchanged").isEmpty();
    }

    @Test
    @HubFault("group with members")
    void the_hubs_refusal_to_delete_a_group_with_members_is_explained() {
        String id = groups.create(new GroupForm("Web", null, 5)).id();
        groups.addMembers(id, List.of(vm("web-01")));

        assertThatThrownBy(() -> groups.delete(id)).isInstanceOfSatisfying(HubConflictException.class,
                e -> assertThat(HubErrorMessages.explain(e)).contains("deletes only empty groups"));
    }

    @Test
    void empty_and_delete_removes_every_member_then_the_group() {
        String id = groups.create(new GroupForm("Web", null, 5)).id();
        groups.addMembers(id, List.of(vm("web-01"), vm("web-02")));
        flow("nightly-web", FlowTargetType.GROUP, id, true);

        assertThat(groups.deletionCheck(id).flows()).extracting(GroupFlow::name).containsExactly("nightly-web");
        groups.emptyAndDelete(id);

        assertThat(hub.groups).doesNotContainKey(id);
    }

    @Test
    @HubFault("duplicate name")
    void a_taken_name_is_the_hubs_duplicate_error_in_words() {
        groups.create(new GroupForm("Web", null, 5));

        assertThatThrownBy(() -> groups.create(new GroupForm("Web", null, 5)))
                .isInstanceOfSatisfying(HubException.class, e -> assertThat(HubErrorMessages.explain(e))
                        .isEqualTo("That name is taken on the hub. Choose another name."));
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    @BadInput("forged request across roles")
    void a_manager_reads_groups_but_cannot_change_them() {
        hub.createGroup(new com.sendense.console.hub.GroupDraft("Web", null, 5, 0));

        assertThat(groups.groups()).hasSize(1);
        assertThat(groups.canChange()).isFalse();
        String id = hub.groups.keySet().iterator().next();
        assertThatThrownBy(() -> groups.create(new GroupForm("Other", null, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.addMembers(id, List.of(vm("web-01"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.emptyAndDelete(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.groups).hasSize(1);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    @BadInput("forged request across roles")
    void help_desk_cannot_even_read_groups() {
        assertThatThrownBy(() -> groups.groups()).isInstanceOf(AccessDeniedException.class);
    }

    private VmContext vm(String name) {
        return hub.vms.stream().filter(v -> v.vmName().equals(name)).findFirst().orElseThrow();
    }

    private void flow(String name, FlowTargetType type, String targetId, boolean enabled) {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        var flow = new ProtectionFlow("flow-" + name, name, null, FlowType.BACKUP, type, targetId, "repo-1", null, null,
                null, null, null, null, enabled,
                new FlowRunSummary(null, FlowExecutionStatus.PENDING, null, null, 0, 0, 0), now, now, "test");
        hub.flows.put(flow.id(), flow);
    }
}
