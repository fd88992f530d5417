package com.sendense.console.protection.ui;

import static com.sendense.console.protection.CoverageFixtures.group;
import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static com.sendense.console.testsupport.HostileNames.MARKUP_ERROR;
import static com.sendense.console.testsupport.HostileNames.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    ProtectionCoverage coverage;

    final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    final VmContext sql = FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON);
    final VmContext pg = FakeHubClient.vm("pgtest1", "linux", PowerState.ON);
    final MachineGroup databases = group("Databases", sql, pg);
    // Six hours ahead, so the runs never straddle the end of the 24 hours whenever the test runs
    final ZonedDateTime base = ZonedDateTime.now(ZoneId.of("Europe/London")).plusHours(6).truncatedTo(ChronoUnit.HOURS);
    final String at = base.format(DateTimeFormatter.ofPattern("HH:mm"));
    final String at20 = base.plusMinutes(20).format(DateTimeFormatter.ofPattern("HH:mm"));

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.vms.clear();
        hub.withVm(web).withVm(sql).withVm(pg);
        serve(hub,
                List.of(vmFlow("Web nightly", web, "Primary", cron(0), true),
                        groupFlow("DB nightly", databases, "Primary", cron(20), true),
                        vmFlow("PG offsite", pg, "NAS Offsite", cron(0), true)),
                List.of(databases));
        coverage.invalidate();
    }

    @Test
    void the_next_24_hours_show_a_row_per_repository_with_a_marker_per_run_and_its_vm_count() {
        TimelineView view = navigate(TimelineView.class);

        String svg = view.chart.getElement().getProperty("innerHTML", "");
        assertThat(svg).contains(">NAS Offsite<", ">Primary<", "DB nightly at " + at20 + ": 2 VMs (collision)",
                "PG offsite at " + at + ": 1 VM<");
        assertThat(view.table.getBody().getRows()).hasSize(3);
        assertThat(view.table.getElement().getTextRecursively()).contains(at20, "DB nightly", "⚠ with Web nightly");
    }

    @Test
    void runs_of_two_flows_on_one_repository_within_the_window_are_listed_as_a_collision() {
        TimelineView view = navigate(TimelineView.class);

        assertThat(view.collisions.getElement().getTextRecursively()).isEqualTo("Primary: Web nightly at " + at + " and"
                + " DB nightly at " + at20 + " start 20 min apart. Move one of them at least 30 min away.");
        assertThat(view.collisions.getChildren().findFirst().orElseThrow().getElement().getChild(0).getTag())
                .isEqualTo("vaadin-icon");

        test(view.window).selectItem("15 min");

        assertThat(view.collisions.isVisible()).isFalse();
        assertThat(view.noCollisions.getText())
                .isEqualTo("No two flows start on one repository within 15 min of each other.");
    }

    @Test
    void with_nothing_scheduled_the_page_says_so_and_points_to_the_protection_page() {
        serve(hub, List.of(), List.of());
        coverage.invalidate();

        TimelineView view = navigate(TimelineView.class);

        assertThat(view.emptyState.getElement().getTextRecursively())
                .contains("No enabled flow runs in the next 24 hours.");
        assertThat(view.content.isVisible()).isFalse();
    }

    @Test
    @HubFault("hub down")
    void an_unreachable_hub_is_explained_with_a_way_to_retry() {
        hub.failWith(FakeHubClient.unreachable());
        coverage.invalidate();

        TimelineView view = navigate(TimelineView.class);

        assertThat(view.emptyState.getElement().getTextRecursively()).contains("The hub cannot be reached");
        hub.failWith(null);
        test(find(Button.class).withText("Try again").single()).click();
        assertThat(view.content.isVisible()).isTrue();
    }

    @Test
    @BadInput("markup in hub strings")
    void flow_and_repository_names_with_markup_stay_text() {
        serve(hub, List.of(vmFlow(MARKUP_ERROR, web, MARKUP_ERROR, cron(0), true)), List.of());
        coverage.invalidate();

        TimelineView view = navigate(TimelineView.class);

        assertShownAsText(view.table, MARKUP_ERROR);
        assertThat(view.chart.getElement().getProperty("innerHTML", "")).doesNotContain("<b>", "<img")
                .contains("&lt;b&gt;NBD");
    }

    private String cron(int minute) {
        return "0 " + minute + " " + base.getHour() + " * * *";
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_cannot_open_the_timeline() {
        assertThatThrownBy(() -> navigate(TimelineView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(TimelineView.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_read_the_timeline() {
        assertThat(navigate(TimelineView.class).table.getBody().getRows()).hasSize(3);
        assertThat(Duration.ofMinutes(30)).isEqualTo(TimelineView.DEFAULT_WINDOW);
    }
}
