package com.sendense.console.protection.ui;

import static com.sendense.console.protection.ui.DiscoveryTestSupport.LAB;
import static com.sendense.console.protection.ui.DiscoveryTestSupport.PROD;
import static com.sendense.console.protection.ui.DiscoveryTestSupport.finish;
import static com.sendense.console.protection.ui.DiscoveryTestSupport.inVcenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.PowerState;
import com.sendense.console.protection.DiscoveryService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
class DiscoverVmsDialogTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    DiscoveryService discovery;

    @BeforeEach
    void vcenter_with_one_known_and_two_new_vms() {
        hub.failWith(null);
        hub.vms.clear();
        hub.vcenter.clear();
        hub.credentials.clear();
        hub.addFailures.clear();
        hub.addRequests.clear();
        hub.discoveryFailure = null;
        hub.addLosesAnswer = false;
        hub.afterAdd = null;
        hub.credentials.put(PROD.id(), PROD);
        hub.credentials.put(LAB.id(), LAB);
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
        hub.vcenter.addAll(
                List.of(inVcenter("web-01", 1, 30), inVcenter("crm-app-01", 1, 60), inVcenter("crm-db-01", 2, 340)));
    }

    @Test
    void operators_and_admins_see_discover_vms_on_the_vm_list() {
        assertThat(discoverButton()).isNotNull();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_do_not_see_discover_vms_and_cannot_call_the_service() {
        assertThat(discoverButton()).isNull();
        assertThatThrownBy(() -> discovery.discover(35, "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    @BadInput("forged request across roles")
    void help_desk_does_not_see_discover_vms_and_cannot_add_vms() {
        assertThat(discoverButton()).isNull();
        assertThatThrownBy(() -> discovery.add(35, List.of("crm-app-01"))).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.addRequests).isEmpty();
    }

    @Test
    void the_default_credential_is_chosen_and_the_grid_tells_new_vms_from_those_already_added() {
        DiscoverVmsDialog dialog = openDialog();
        assertThat(dialog.credential.getValue()).isEqualTo(PROD);

        discover(dialog);

        var grid = test(dialog.grid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(0).name()).isEqualTo("crm-app-01");
        assertThat(grid.getCellComponent(0, "status").getElement().getText()).isEqualTo("New");
        assertThat(grid.getRow(2).name()).isEqualTo("web-01");
        assertThat(grid.getCellComponent(2, "status").getElement().getText()).isEqualTo("Already added");
        grid.select(2);
        assertThat(dialog.grid.getSelectedItems()).as("an existing VM cannot be added again").isEmpty();
        assertThat(dialog.add.isEnabled()).isFalse();
        assertThat(grid.getCellText(1, grid.getColumnPosition("size"))).isEqualTo("340 GB");
        assertThat(dialog.found.getText()).isEqualTo("vCenter reports 3 VMs, 2 of them new to the hub.");
    }

    @Test
    void adding_reports_each_vm_and_refreshes_the_vm_list() {
        DiscoverVmsDialog dialog = openDialog();
        discover(dialog);
        test(dialog.grid).select(0);
        test(dialog.grid).select(1);
        assertThat(dialog.add.getText()).isEqualTo("Add 2 VMs");
        hub.addFailures.put("crm-db-01", "failed to create VM context: duplicate key");

        test(dialog.add).click();
        finish(dialog.pending);

        assertThat(hub.addRequests).containsExactly(List.of("crm-app-01", "crm-db-01"));
        String text = dialog.results.getElement().getTextRecursively();
        assertThat(text).contains("1 added, 0 already there, 1 failed, 0 not reported")
                .contains("crm-app-01added")
                .contains("crm-db-01failed: failed to create VM context: duplicate key");
        assertThat(test(dialog.grid).getCellComponent(rowOf(dialog, "crm-app-01"), "status").getElement().getText())
                .isEqualTo("Already added");
        assertThat(test(dialog.grid).getCellComponent(rowOf(dialog, "crm-db-01"), "status").getElement().getText())
                .isEqualTo("New");
        var list = (com.vaadin.flow.component.Component) getCurrentView();
        assertThat(list.getElement().getTextRecursively()).contains("2 VMs");
    }

    @Test
    void names_the_hub_leaves_out_are_told_apart_by_reading_the_vm_list() {
        DiscoverVmsDialog dialog = openDialog();
        discover(dialog);
        test(dialog.grid).select(0);
        test(dialog.grid).select(1);
        // Between discovery and add: one VM was added elsewhere, the other vanished from vCenter.
        hub.withVm(FakeHubClient.vm("crm-app-01", "linux", PowerState.ON));
        hub.vcenter.removeIf(vm -> vm.name().equals("crm-db-01"));

        test(dialog.add).click();
        finish(dialog.pending);

        String text = dialog.results.getElement().getTextRecursively();
        assertThat(text).contains("0 added, 1 already there, 0 failed, 1 not reported")
                .contains("crm-app-01already in the VM list, so the hub skipped it")
                .contains("crm-db-01not added: vCenter no longer reports a VM of this name");
    }

    @Test
    @HubFault("discovery cut at 15 s")
    void a_discovery_cut_off_by_the_hub_says_what_happened_and_to_narrow_the_filter() {
        hub.discoveryFailure = new HubUnavailableException("discoverVms", HubErrorCode.NO_RESPONSE, true,
                "the connection closed before a response", null);
        DiscoverVmsDialog dialog = openDialog();

        discover(dialog);

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("the hub cuts every answer off after 15 seconds")
                .contains("Nothing was changed")
                .contains("Narrow the name filter");
        assertThat(dialog.grid.isVisible()).isFalse();
        assertThat(dialog.discover.isEnabled()).as("ready to try again").isTrue();
    }

    @Test
    @HubFault("sna unreachable")
    void a_discovery_the_agent_could_not_answer_says_so() {
        hub.discoveryFailure = new HubServerException("discoverVms", HubErrorCode.SNA_FAILURE, 500,
                "VM discovery failed: connection refused", null);
        DiscoverVmsDialog dialog = openDialog();

        discover(dialog);

        assertThat(dialog.problem.getText()).startsWith("Discovery failed. The hub could not reach its backup agent");
    }

    @Test
    @HubFault("add-vms answer cut off")
    void an_add_whose_answer_was_cut_off_reports_what_the_vm_list_shows_and_is_not_resent() {
        DiscoverVmsDialog dialog = openDialog();
        discover(dialog);
        test(dialog.grid).select(0);
        test(dialog.grid).select(1);
        hub.addFailures.put("crm-db-01", "still working");
        hub.addLosesAnswer = true;

        test(dialog.add).click();
        finish(dialog.pending);

        assertThat(hub.addRequests).hasSize(1);
        String text = dialog.results.getElement().getTextRecursively();
        assertThat(text).contains("The hub's answer was cut off after 15 seconds")
                .contains("did not send the request twice: 1 added")
                .contains("1 not confirmed yet")
                .contains("crm-app-01added")
                .contains("crm-db-01not in the VM list yet: the hub may still be adding it");
    }

    @Test
    @HubFault("add-vms answer cut off and hub gone")
    void an_add_cut_off_with_the_vm_list_unreadable_admits_it_cannot_tell() {
        DiscoverVmsDialog dialog = openDialog();
        discover(dialog);
        test(dialog.grid).select(0);
        hub.addLosesAnswer = true;
        hub.afterAdd = () -> hub.failWith(FakeHubClient.unreachable());

        test(dialog.add).click();
        finish(dialog.pending);

        assertThat(dialog.problem.getText()).contains("cannot tell which VMs were added")
                .contains("did not send the request again");
        assertThat(dialog.results.getChildren()).as("nothing is claimed").isEmpty();
        assertThat(hub.addRequests).hasSize(1);
    }

    @Test
    @BadInput("markup in hub strings")
    void vm_names_from_vcenter_with_markup_quotes_and_120_characters_stay_text() {
        hub.vcenter.add(inVcenter(HostileNames.MARKUP, 1, 10));
        hub.vcenter.add(inVcenter(HostileNames.LONG, 1, 10));
        DiscoverVmsDialog dialog = openDialog();
        discover(dialog);
        int markup = rowOf(dialog, HostileNames.MARKUP);
        test(dialog.grid).select(markup);
        test(dialog.grid).select(rowOf(dialog, HostileNames.LONG));
        hub.addFailures.put(HostileNames.LONG, HostileNames.MARKUP_ERROR);

        test(dialog.add).click();
        finish(dialog.pending);

        HostileNames.assertShownAsText(dialog.results, HostileNames.MARKUP);
        HostileNames.assertShownAsText(dialog.results, HostileNames.LONG);
        HostileNames.assertShownAsText(dialog.results, HostileNames.MARKUP_ERROR);
    }

    private int rowOf(DiscoverVmsDialog dialog, String name) {
        var grid = test(dialog.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private @org.jspecify.annotations.Nullable Button discoverButton() {
        UI.getCurrent().navigate("vms");
        return find(Button.class).withText("Discover VMs").all().stream().findFirst().orElse(null);
    }

    private DiscoverVmsDialog openDialog() {
        Button button = discoverButton();
        assertThat(button).isNotNull();
        test(button).click();
        return find(DiscoverVmsDialog.class).single();
    }

    private void discover(DiscoverVmsDialog dialog) {
        test(dialog.discover).click();
        assertThat(dialog.progress.isVisible()).as("progress while vCenter is asked").isTrue();
        finish(dialog.pending);
        assertThat(dialog.progress.isVisible()).isFalse();
    }
}
