package com.sendense.console.vms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
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
class VmListViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @BeforeEach
    void inventory() {
        hub.failWith(null);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON, new VmGroup("g1", "Web", 1, true)),
                FakeHubClient.disk(0, 30));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.OFF, new VmGroup("g2", "Databases", 1, true)),
                FakeHubClient.disk(0, 100), FakeHubClient.disk(1, 500));
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.SUSPENDED));
    }

    @Test
    void lists_every_vm_sorted_by_name_with_disks_and_groups() {
        VmListView view = navigate(VmListView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(0).name()).isEqualTo("pgtest1");
        assertThat(grid.getRow(1).name()).isEqualTo("sql-prod-01");
        assertThat(grid.getCellText(1, grid.getColumnPosition("size"))).isEqualTo("600 GB");
        assertThat(grid.getCellComponent(1, "power").getElement().getText()).isEqualTo("Powered off");
        assertThat(view.summary.getText()).isEqualTo("3 VMs");
    }

    @Test
    void search_matches_name_os_and_group_and_goes_into_the_url() {
        VmListView view = navigate(VmListView.class);

        test(view.search).setValue("databases");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("sql-prod-01");
        assertThat(view.summary.getText()).isEqualTo("1 of 3 VMs");
        test(view.search).setValue("windows");
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("sql-prod-01");
    }

    @Test
    void a_link_with_search_and_vm_reopens_the_same_state() {
        com.vaadin.flow.component.UI.getCurrent()
                .navigate("vms", com.vaadin.flow.router.QueryParameters
                        .simple(java.util.Map.of(VmListView.SEARCH_PARAM, "web", VmListView.VM_PARAM, "web-01")));
        VmListView view = (VmListView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo("web");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.details.title.getText()).isEqualTo("web-01");
    }

    @Test
    void selecting_a_vm_opens_its_details() {
        VmListView view = navigate(VmListView.class);

        test(view.grid).select(1);

        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.details.title.getText()).isEqualTo("sql-prod-01");
        assertThat(view.details.getElement().getTextRecursively()).contains("Disk 1 (disk-2001)").contains("500 GB");
    }

    @Test
    void an_empty_inventory_says_so() {
        hub.vms.clear();
        VmListView view = navigate(VmListView.class);

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.emptyState.getElement().getTextRecursively()).contains("The hub has no VMs yet");
    }

    @Test
    void an_unreachable_hub_is_explained_with_a_way_to_retry() {
        hub.failWith(FakeHubClient.unreachable());
        VmListView view = navigate(VmListView.class);

        assertThat(view.emptyState.getElement().getTextRecursively()).contains("The hub cannot be reached");
        hub.failWith(null);
        test(find(Button.class).withText("Try again").single()).click();
        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    @Test
    void a_hub_that_wants_a_token_tells_the_admin_what_to_set() {
        hub.failWith(new HubAuthException("vms", HubErrorCode.TOKEN_MISSING, 401, "Missing authorization header", ""));
        VmListView view = navigate(VmListView.class);

        assertThat(view.emptyState.getElement().getTextRecursively()).contains("Set HUB_TOKEN");
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_sees_only_the_vms_in_scope() {
        VmListView view = navigate(VmListView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).name()).isEqualTo("pgtest1");
        assertThat(grid.getRow(1).name()).isEqualTo("web-01");
    }

    @Test
    void operators_get_backup_now_in_the_list_and_in_the_details() {
        VmListView view = navigate(VmListView.class);

        assertThat(view.grid.getColumnByKey("backup")).isNotNull();
        test(view.grid).select(1);
        assertThat(view.details.backupNow.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_get_no_backup_now() {
        VmListView view = navigate(VmListView.class);

        assertThat(view.grid.getColumnByKey("backup")).isNull();
        test(view.grid).select(1);
        assertThat(view.details.backupNow.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_gets_no_backup_now() {
        VmListView view = navigate(VmListView.class);

        assertThat(view.grid.getColumnByKey("backup")).isNull();
    }

    @Test
    @WithMockUser(username = "nobody", roles = "NOTAROLE")
    void users_without_a_console_role_cannot_open_the_inventory() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate(VmListView.class))
                .isInstanceOf(Exception.class);
        assertThat(find(Span.class).all()).noneMatch(s -> s.getText().contains("VMs"));
    }
}
