package com.sendense.console.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.GridCells;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class GroupsViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void hub_with_four_vms_and_no_groups() {
        hub.failWith(null);
        hub.vms.clear();
        hub.groups.clear();
        hub.flows.clear();
        for (String name : List.of("web-01", "web-02", "web-03", "db-01")) {
            hub.withVm(FakeHubClient.vm(name, "linux", PowerState.ON));
        }
    }

    @Test
    void an_operator_creates_a_group_of_the_size_they_choose() {
        GroupsView view = navigate(GroupsView.class);
        test(view.newGroup).click();
        GroupDialog dialog = find(GroupDialog.class).single();
        assertThat(dialog.maxVms.getValue()).as("the hub's default").isEqualTo(5);
        assertThat(dialog.maxVms.getHelperText()).contains("refuses more members than it");

        test(dialog.name).setValue("Web tier");
        test(dialog.maxVms).setValue(2);
        test(dialog.save).click();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(cell(view, 0, "members")).isEqualTo("0 / 2");
        assertThat(cell(view, 0, "flows")).isEqualTo("None");
        assertThat(hub.groups.values()).singleElement().satisfies(g -> {
            assertThat(g.maxConcurrentVms()).isEqualTo(2);
            assertThat(g.scheduleId()).isNull();
        });
    }

    @Test
    @HubFault("duplicate name")
    void a_taken_name_keeps_the_dialog_open_with_the_reason() {
        hub.createGroup(new GroupDraft("Web", null, 5, 0));
        GroupsView view = navigate(GroupsView.class);
        test(view.newGroup).click();
        GroupDialog dialog = find(GroupDialog.class).single();

        test(dialog.name).setValue("Web");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("That name is taken on the hub. Choose another name.");
    }

    @Test
    void members_are_added_up_to_the_cap_which_is_said_before_the_hub_refuses() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 2, 0));
        GroupsView view = navigate(GroupsView.class);
        clickRowButton(view, 0, "Members of Web");
        GroupMembersDialog members = find(GroupMembersDialog.class).single();
        assertThat(members.capacity.getText()).isEqualTo("This group holds at most 2 VMs; 2 free slots.");
        assertThat(members.candidates.getListDataView().getItems()).extracting(VmContext::vmName)
                .containsExactly("db-01", "web-01", "web-02", "web-03");

        members.candidates.setValue(Set.of(vm("web-01"), vm("web-02"), vm("web-03")));
        assertThat(members.candidates.isInvalid()).isTrue();
        assertThat(members.candidates.getErrorMessage())
                .isEqualTo("This group holds at most 2 VMs; 2 free slots. Choose at most 2.");
        assertThat(members.add.isEnabled()).isFalse();

        members.candidates.setValue(Set.of(vm("web-01"), vm("web-02")));
        test(members.add).click();

        assertThat(hub.groups.get(group.id()).members()).extracting(m -> m.vmName())
                .containsExactlyInAnyOrder("web-01", "web-02");
        assertThat(members.capacity.getText())
                .isEqualTo("This group holds at most 2 VMs; no free slot. Raise its size limit (Edit) to add more.");
        assertThat(members.candidates.isEnabled()).isFalse();
        assertThat(cell(view, 0, "members")).isEqualTo("2 / 2Full");
    }

    @Test
    void a_group_filled_meanwhile_is_refused_with_the_cap_and_not_sent_to_the_hub() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 2, 0));
        navigate(GroupsView.class);
        clickRowButton(find(GroupsView.class).single(), 0, "Members of Web");
        GroupMembersDialog members = find(GroupMembersDialog.class).single();
        members.candidates.setValue(Set.of(vm("web-01"), vm("web-02")));
        hub.assignToGroup(group.id(), vm("db-01").contextId());

        test(members.add).click();

        assertThat(members.problem.getText()).startsWith("This group holds at most 2 VMs; 1 free slot. You chose 2.");
        assertThat(hub.groups.get(group.id()).members()).hasSize(1);
    }

    @Test
    void a_member_is_removed_after_a_confirmation() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 5, 0));
        hub.assignToGroup(group.id(), vm("web-01").contextId());
        GroupsView view = navigate(GroupsView.class);
        clickRowButton(view, 0, "Members of Web");
        GroupMembersDialog members = find(GroupMembersDialog.class).single();

        Component actions = test(members.members).getCellComponent(0, "actions");
        test((Button) actions).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Remove web-01 from the group?");
        test(confirm).confirm();

        assertThat(hub.groups.get(group.id()).members()).isEmpty();
        assertThat(test(members.members).size()).isZero();
    }

    @Test
    void deleting_a_group_names_the_flows_that_will_fail_and_empties_it_after_a_second_confirmation() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 5, 0));
        hub.assignToGroup(group.id(), vm("web-01").contextId());
        flow("Nightly web", group.id());
        GroupsView view = navigate(GroupsView.class);
        assertThat(cell(view, 0, "flows")).isEqualTo("Nightly web");

        clickRowButton(view, 0, "Delete Web");
        ConfirmDialog first = find(ConfirmDialog.class).single();
        assertThat(first.getElement().getTextRecursively())
                .contains("The flow \u201CNightly web\u201D targets this group.")
                .contains("its next run will fail (\"group not found\")")
                .contains("The group has 1 member, and the hub deletes only empty groups");
        assertThat(first.getElement().getProperty("confirmText")).isEqualTo("Remove members first…");
        test(first).confirm();

        ConfirmDialog second = find(ConfirmDialog.class).all().getLast();
        assertThat(second.getElement().getProperty("header")).isEqualTo("Remove 1 VM and delete Web?");
        assertThat(hub.groups).as("nothing happens before the second confirmation").containsKey(group.id());
        test(second).confirm();

        assertThat(hub.groups).isEmpty();
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void an_empty_group_without_flows_is_deleted_after_one_confirmation() {
        hub.createGroup(new GroupDraft("Spare", null, 5, 0));
        GroupsView view = navigate(GroupsView.class);

        clickRowButton(view, 0, "Delete Spare");
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getTextRecursively()).contains("No protection flow targets this group.");
        test(confirm).confirm();

        assertThat(hub.groups).isEmpty();
    }

    @Test
    @BadInput("markup in hub strings")
    void hostile_group_and_vm_names_are_shown_as_text() {
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm(HostileNames.MARKUP, "linux", PowerState.ON));
        MachineGroup group = hub.createGroup(new GroupDraft(HostileNames.MARKUP_ERROR, HostileNames.LONG, 5, 0));
        hub.assignToGroup(group.id(), hub.vms.getFirst().contextId());
        flow(HostileNames.MARKUP, group.id());
        GroupsView view = navigate(GroupsView.class);

        assertThat(cell(view, 0, "name")).isEqualTo(HostileNames.MARKUP_ERROR);
        assertThat(cell(view, 0, "flows")).isEqualTo(HostileNames.MARKUP);
        clickRowButton(view, 0, "Members of " + HostileNames.MARKUP_ERROR);
        GroupMembersDialog members = find(GroupMembersDialog.class).single();
        assertThat(members.getHeaderTitle()).isEqualTo("Members of " + HostileNames.MARKUP_ERROR);
        assertThat(GridCells.text(members.members, test(members.members).getRow(0), "vm"))
                .isEqualTo(HostileNames.MARKUP);
        clickRowButton(view, 0, "Delete " + HostileNames.MARKUP_ERROR);
        HostileNames.assertShownAsText(find(ConfirmDialog.class).single(), HostileNames.MARKUP);
    }

    @Test
    @HubFault("hub down")
    void an_unreachable_hub_is_said_in_words_instead_of_an_empty_list() {
        hub.failWith(FakeHubClient.unreachable());
        GroupsView view = navigate(GroupsView.class);

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("The groups could not be read. The hub cannot be reached.");
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void a_manager_sees_groups_and_members_but_no_control_to_change_them() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 5, 0));
        hub.assignToGroup(group.id(), vm("web-01").contextId());
        GroupsView view = navigate(GroupsView.class);

        assertThat(view.newGroup.isVisible()).isFalse();
        Component actions = test(view.grid).getCellComponent(0, "actions");
        assertThat(find(Button.class, actions).all()).extracting(Button::getAriaLabel)
                .containsExactly(java.util.Optional.of("Members of Web"));
        clickRowButton(view, 0, "Members of Web");
        GroupMembersDialog members = find(GroupMembersDialog.class).single();
        assertThat(test(members.members).size()).isEqualTo(1);
        assertThat(members.candidates.isVisible() && members.candidates.getParent().orElseThrow().isVisible())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    @BadInput("forged request across roles")
    void help_desk_cannot_open_the_page() {
        assertThatThrownBy(() -> navigate(GroupsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(GroupsView.class);
    }

    private String cell(GroupsView view, int row, String key) {
        if (key.equals("members")) {
            return test(view.grid).getCellComponent(row, key).getElement().getTextRecursively();
        }
        return GridCells.text(view.grid, test(view.grid).getRow(row), key);
    }

    private void clickRowButton(GroupsView view, int row, String ariaLabel) {
        Component actions = test(view.grid).getCellComponent(row, "actions");
        test(find(Button.class, actions).withAriaLabel(ariaLabel).single()).click();
    }

    private VmContext vm(String name) {
        return hub.vms.stream().filter(v -> v.vmName().equals(name)).findFirst().orElseThrow();
    }

    private void flow(String name, String groupId) {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        var flow = new ProtectionFlow("flow-" + hub.flows.size(), name, null, FlowType.BACKUP, FlowTargetType.GROUP,
                groupId, "repo-1", null, null, null, null, null, null, true,
                new FlowRunSummary(null, FlowExecutionStatus.PENDING, null, null, 0, 0, 0), now, now, "test");
        hub.flows.put(flow.id(), flow);
    }
}
