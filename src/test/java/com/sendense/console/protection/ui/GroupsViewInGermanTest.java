package com.sendense.console.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The machine groups page, its dialogs and its refusals for a user whose language is German. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class GroupsViewInGermanTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void hub_with_three_vms_and_a_full_group() {
        hub.failWith(null);
        hub.vms.clear();
        hub.groups.clear();
        hub.flows.clear();
        for (String name : List.of("web-01", "web-02", "db-01")) {
            hub.withVm(FakeHubClient.vm(name, "linux", PowerState.ON));
        }
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void the_groups_page_speaks_german() {
        GroupsView view = navigate(GroupsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Maschinengruppen");
        assertThat(view.newGroup.getText()).isEqualTo("Neue Gruppe");
        assertThat(view.grid.getEmptyStateText()).startsWith("Noch keine Maschinengruppen.");
        assertThat(view.grid.getColumnByKey("members").getHeaderText()).isEqualTo("Mitglieder");

        test(view.newGroup).click();
        GroupDialog dialog = find(GroupDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neue Maschinengruppe");
        assertThat(dialog.maxVms.getHelperText()).contains("maximal gleichzeitige VMs");
        test(dialog.name).setValue("   ");
        test(dialog.save).click();
        assertThat(dialog.error.getText()).as("the service's refusal, translated")
                .isEqualTo("Geben Sie der Gruppe einen Namen");
        test(dialog.name).setValue("Web");
        test(dialog.maxVms).setValue(1);
        test(dialog.save).click();

        assertThat(test(view.grid).getCellComponent(0, "members").getElement().getTextRecursively()).isEqualTo("0 / 1");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, test(view.grid).getRow(0), "flows"))
                .isEqualTo("Keine");
        ProtectionPagesInGermanTest.assertNoMissingKey(view.getElement().getTextRecursively());
    }

    @Test
    void a_full_group_says_so_in_german_before_the_hub_refuses() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 1, 0));
        hub.assignToGroup(group.id(), hub.vms.getFirst().contextId());
        GroupsView view = navigate(GroupsView.class);

        clickRowButton(view, "Mitglieder von Web");
        GroupMembersDialog members = find(GroupMembersDialog.class).single();

        assertThat(members.getHeaderTitle()).isEqualTo("Mitglieder von Web");
        assertThat(members.capacity.getText())
                .isEqualTo("Diese Gruppe fasst höchstens 1 VMs; kein freier Platz. Erhöhen Sie ihre Größengrenze "
                        + "(Bearbeiten), um mehr hinzuzufügen.");
    }

    @Test
    void deleting_a_group_with_members_is_explained_in_german() {
        MachineGroup group = hub.createGroup(new GroupDraft("Web", null, 2, 0));
        hub.assignToGroup(group.id(), hub.vms.getFirst().contextId());
        GroupsView view = navigate(GroupsView.class);

        clickRowButton(view, "Web löschen");
        ConfirmDialog dialog = find(ConfirmDialog.class).single();

        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Gruppe Web löschen?");
        assertThat(dialog.getElement().getTextRecursively()).contains("Kein Schutz-Flow hat diese Gruppe als Ziel.")
                .contains("Die Gruppe hat 1 Mitglied");
        ProtectionPagesInGermanTest.assertNoMissingKey(dialog.getElement().getTextRecursively());
    }

    private void clickRowButton(GroupsView view, String ariaLabel) {
        Component actions = test(view.grid).getCellComponent(0, "actions");
        test(find(Button.class, actions).withAriaLabel(ariaLabel).single()).click();
    }
}
