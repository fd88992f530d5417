package com.sendense.console.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.dashboard.RpoScope;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class RpoTargetsViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void hub_with_groups() {
        hub.failWith(null);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("dev-build-01", "linux", PowerState.ON, new VmGroup("g", "Dev", 10, true)));
        jdbc.sql("DELETE FROM rpo_targets WHERE scope_type <> 'DEFAULT'").update();
        jdbc.sql("UPDATE rpo_targets SET target_hours = 24").update();
    }

    @Test
    void admin_changes_the_default_and_adds_a_group_override_that_the_dashboard_then_uses() {
        RpoTargetsView view = navigate(RpoTargetsView.class);
        assertThat(view.defaultHours.getValue()).isEqualTo(24);

        test(view.defaultHours).setValue(12);
        test(view.saveDefault).click();
        test(view.name).selectItem("Dev");
        test(view.overrideHours).setValue(192);
        test(view.addOverride).click();

        assertThat(test(view.overrides).size()).isEqualTo(1);
        assertThat(test(view.overrides).getCellText(0, test(view.overrides).getColumnPosition("target")))
                .isEqualTo("8 d");
        hub.backups.add(com.sendense.console.dashboard.TestBackups.completed("dev-build-01",
                java.time.Instant.now().minus(java.time.Duration.ofDays(5)), 1));
        DashboardView dashboard = navigate(DashboardView.class);
        assertThat(dashboard.posture.table.rows().getFirst().getElement().getTextRecursively()).contains("8 d")
                .contains("Within RPO");
    }

    @Test
    void vm_overrides_offer_the_hubs_vm_names_and_can_be_removed() {
        RpoTargetsView view = navigate(RpoTargetsView.class);

        test(view.scope).selectItem("VM");
        test(view.name).selectItem("dev-build-01");
        test(view.overrideHours).setValue(48);
        test(view.addOverride).click();
        assertThat(test(view.overrides).getRow(0).scope()).isEqualTo(RpoScope.VM);

        var remove = (com.vaadin.flow.component.button.Button) test(view.overrides).getCellComponent(0, "actions");
        assertThat(remove.getAriaLabel()).contains("Remove the override of dev-build-01");
        test(remove).click();
        assertThat(test(view.overrides).size()).isZero();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_cannot_open_the_editor() {
        assertThatThrownBy(() -> navigate(RpoTargetsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(RpoTargetsView.class);
    }
}
