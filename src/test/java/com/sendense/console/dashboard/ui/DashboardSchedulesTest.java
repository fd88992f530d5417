package com.sendense.console.dashboard.ui;

import static com.sendense.console.protection.CoverageFixtures.DAILY_0100;
import static com.sendense.console.protection.CoverageFixtures.WEEKDAYS_0100;
import static com.sendense.console.protection.CoverageFixtures.group;
import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static com.sendense.console.testsupport.HostileNames.MARKUP;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
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
class DashboardSchedulesTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    ProtectionCoverage coverage;

    final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    final VmContext sql = FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON,
            new VmGroup("group-Databases", "Databases", 1, true));
    final VmContext pg = FakeHubClient.vm("pgtest1", "linux", PowerState.ON);
    final MachineGroup databases = group("Databases", sql);

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.vms.clear();
        hub.resetBackups();
        hub.repositories.clear();
        hub.withVm(web).withVm(sql).withVm(pg);
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true),
                groupFlow("DB weekdays", databases, "Primary", WEEKDAYS_0100, true)), List.of(databases));
        coverage.invalidate();
    }

    @Test
    void the_dashboard_lists_vms_not_scheduled_with_links_to_the_vm_and_to_create_a_flow() {
        DashboardView view = open();

        ScheduleSection section = view.schedules;
        assertThat(section.notScheduled.getElement().getTextRecursively()).contains("pgtest1", "Not scheduled",
                "no flow targets it", "create a flow that runs at least every 24 h, e.g. \"every day at 01:00\"");
        assertThat(find(Anchor.class).withText("pgtest1").single().getHref()).isEqualTo("vms?vm=pgtest1");
        assertThat(section.createFlow.isVisible()).isTrue();
        assertThat(section.createFlow.getHref()).isEqualTo("protection");
    }

    @Test
    void a_schedule_sparser_than_the_rpo_target_is_flagged_with_the_fix() {
        DashboardView view = open();

        assertThat(view.schedules.findings.getElement().getTextRecursively()).contains("sql-prod-01",
                "RPO missed by schedule",
                "DB weekdays runs every 72 h at the longest but the RPO of sql-prod-01 is 24 h:"
                        + " schedule it at least every 24 h, e.g. \"every day at 01:00\".");
        assertThat(view.schedules.findings.getElement().getTextRecursively()).doesNotContain("web-01");
    }

    @Test
    void when_every_vm_is_scheduled_often_enough_the_section_says_so() {
        serve(hub,
                List.of(vmFlow("All web", web, "Primary", DAILY_0100, true),
                        vmFlow("All pg", pg, "Primary", DAILY_0100, true),
                        groupFlow("DB daily", databases, "Primary", DAILY_0100, true)),
                List.of(databases));
        coverage.invalidate();

        DashboardView view = open();

        assertThat(view.schedules.allScheduled.isVisible()).isTrue();
        assertThat(view.schedules.allMeetRpo.isVisible()).isTrue();
        assertThat(view.schedules.createFlow.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_see_the_list_but_no_link_to_create_a_flow() {
        DashboardView view = open();

        assertThat(view.schedules.notScheduled.isVisible()).isTrue();
        assertThat(view.schedules.createFlow.isVisible()).isFalse();
    }

    @Test
    @BadInput("markup in hub strings")
    void a_vm_name_with_markup_is_listed_as_text() {
        hub.withVm(FakeHubClient.vm(MARKUP, "linux", PowerState.ON));
        coverage.invalidate();

        DashboardView view = open();

        assertShownAsText(view.schedules, MARKUP);
    }

    private DashboardView open() {
        UI.getCurrent().navigate("");
        return (DashboardView) getCurrentView();
    }
}
