package com.sendense.console.dashboard.ui;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "manager", roles = Roles.MANAGER)
class DashboardViewTest extends SpringBrowserlessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final VmGroup WEB = new VmGroup("g1", "Web", 50, true);
    static final VmGroup DB = new VmGroup("g2", "Databases", 90, true);

    @Autowired
    FakeHubClient hub;
    @Autowired
    LiveUpdates live;
    @Autowired
    ApplicationContext context;

    private final Instant now = Instant.now();

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.vms.clear();
        hub.resetBackups();
        hub.repositories.clear();
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON, WEB));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON, DB));
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON));
        hub.backups.add(completed("web-01", now.minus(Duration.ofHours(2)), 5L << 30));
        hub.backups.add(completed("sql-prod-01", now.minus(Duration.ofHours(30)), 40L << 30));
        hub.backups.add(failed("sql-prod-01", now.minus(Duration.ofHours(5)), "SNA backup failed: VixDiskLib_Open"));
        hub.repositories.add(new Repository("repo-local-1", "Primary", RepositoryType.LOCAL, true, false, 0,
                new StorageInfo(10L << 40, 4L << 40, 6L << 40, 40.0, 12, now), now.minus(Duration.ofDays(60)), now,
                Map.of()));
    }

    @Test
    void the_start_page_is_the_dashboard_with_the_headline_figures() {
        UI.getCurrent().navigate("");
        DashboardView view = (DashboardView) getCurrentView();

        assertThat(view.cards.withinRpo.getText()).isEqualTo("33 %");
        assertThat(view.cards.overdue.getText()).isEqualTo("1");
        assertThat(view.cards.unprotected.getText()).isEqualTo("1");
        assertThat(view.cards.failed.getText()).isEqualTo("1");
        assertThat(view.unprotected.list.getElement().getTextRecursively()).contains("pgtest1")
                .contains("never backed up");
        assertThat(view.posture.table.rows()).hasSize(3);
        assertThat(view.posture.table.rows().getFirst().getElement().getTextRecursively()).startsWith("pgtest1");
        assertThat(view.posture.table.rows().get(1).getElement().getTextRecursively()).contains("sql-prod-01")
                .contains("Overdue")
                .contains("SNA backup failed");
    }

    @Test
    void the_headline_share_says_what_it_counts_and_leaves_out_vms_whose_backups_the_hub_hides() {
        hub.withVm(FakeHubClient.vm("nas-disk01", "linux", PowerState.ON));
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.cards.withinRpo.getText()).isEqualTo("33 %");
        assertThat(view.cards.getElement().getTextRecursively()).contains("Within RPO (incl. at risk)")
                .contains("1 of 3 VMs; 1 not counted: the hub does not list their backups");
    }

    @Test
    void per_vm_storage_says_it_is_what_listed_backups_wrote() {
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.storage.growth.getElement().getTextRecursively()).contains("Written in range")
                .contains("Chain for the range")
                .doesNotContain("All completed backups");
        assertThat(view.storage.growthHint.getText()).contains("not space on disk")
                .contains("last full backup before the range");
    }

    @Test
    void a_failure_bar_opens_the_failed_backups_of_that_day_in_the_history() {
        DashboardView view = navigate(DashboardView.class);
        LocalDate day = now.minus(Duration.ofHours(5)).atZone(LONDON).toLocalDate();
        assertThat(view.daily.chart.svg()).contains("data-status=\"failed\"").contains("data-from=\"" + day + "\"");

        view.daily.chart.select(new SvgChart.ChartLink("failed", day.toString(), day.toString(), null, null));

        assertThat(path()).isEqualTo("backups");
        assertThat(query()).containsExactlyInAnyOrderEntriesOf(
                Map.of("status", "failed", "from", day.toString(), "to", day.toString()));
    }

    @Test
    void a_failure_in_the_list_opens_that_vms_failures_of_the_day() {
        DashboardView view = navigate(DashboardView.class);
        LocalDate day = now.minus(Duration.ofHours(5)).atZone(LONDON).toLocalDate();

        test(find(Button.class).withText("History").single()).click();

        assertThat(path()).isEqualTo("backups");
        assertThat(query()).containsExactlyInAnyOrderEntriesOf(
                Map.of("vm", "sql-prod-01", "status", "failed", "from", day.toString(), "to", day.toString()));
        assertThat(view.failures.table.rows()).hasSize(1);
    }

    @Test
    void every_link_into_the_history_keeps_the_chosen_group() {
        for (int i = 0; i < FailuresSection.SHOWN; i++) {
            hub.backups.add(failed("sql-prod-01", now.minus(Duration.ofMinutes(310 + i)), "timeout"));
        }
        LocalDate day = now.minus(Duration.ofHours(5)).atZone(LONDON).toLocalDate();
        DashboardView view = openGroup("Databases");
        assertThat(view.daily.chart.svg()).contains("data-group=\"Databases\"");

        view.daily.chart.select(new SvgChart.ChartLink("failed", day.toString(), day.toString(), null, "Databases"));
        assertThat(path()).isEqualTo("backups");
        assertThat(query()).containsExactlyInAnyOrderEntriesOf(
                Map.of("status", "failed", "from", day.toString(), "to", day.toString(), "group", "Databases"));

        view = openGroup("Databases");
        test(find(Button.class).withText("History").first()).click();
        assertThat(query()).containsEntry("vm", "sql-prod-01").containsEntry("group", "Databases");

        view = openGroup("Databases");
        test(view.failures.all).click();
        assertThat(query()).containsExactlyInAnyOrderEntriesOf(
                Map.of("status", "failed", "from", view.filters.from.getValue().toString(), "to",
                        view.filters.to.getValue().toString(), "group", "Databases"));
    }

    private DashboardView openGroup(String group) {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of(DashboardView.GROUP_PARAM, group)));
        return (DashboardView) getCurrentView();
    }

    @Test
    void range_and_group_come_from_the_url() {
        LocalDate today = now.atZone(LONDON).toLocalDate();
        UI.getCurrent()
                .navigate("", QueryParameters.simple(Map.of(DashboardView.FROM_PARAM, today.minusDays(6).toString(),
                        DashboardView.TO_PARAM, today.toString(), DashboardView.GROUP_PARAM, "Databases")));
        DashboardView view = (DashboardView) getCurrentView();

        assertThat(view.filters.from.getValue()).isEqualTo(today.minusDays(6));
        assertThat(view.filters.group.getValue()).isEqualTo("Databases");
        assertThat(view.posture.table.rows()).hasSize(1);
        assertThat(view.daily.table.rows()).hasSize(7);
        assertThat(view.printCaption.getText()).contains("group Databases");

        test(view.filters.group).selectItem("Web");
        assertThat(view.posture.table.rows().getFirst().getElement().getTextRecursively()).startsWith("web-01");
    }

    @Test
    void a_reversed_range_in_the_url_falls_back_to_the_last_thirty_days() {
        LocalDate today = now.atZone(LONDON).toLocalDate();
        UI.getCurrent()
                .navigate("", QueryParameters.simple(Map.of(DashboardView.FROM_PARAM, today.toString(),
                        DashboardView.TO_PARAM, today.minusDays(3).toString())));
        DashboardView view = (DashboardView) getCurrentView();

        assertThat(view.daily.table.rows()).hasSize(30);
    }

    @Test
    void charts_have_text_alternatives_and_theme_colours() {
        DashboardView view = navigate(DashboardView.class);

        // Its bars are links, so the chart is a named group rather than an image (whose content is hidden).
        assertThat(view.daily.chart.svg()).contains("role=\"group\"")
                .contains("aria-label=\"Backups per day from")
                .contains("<title>")
                .contains("var(--lumo-success-color)")
                .contains("var(--lumo-error-color)");
        assertThat(view.daily.table.getClassNames()).contains("sr-only");
        assertThat(view.daily.table.rows()).hasSize(30);
        assertThat(view.storage.repositories.getElement().getTextRecursively()).contains("Primary")
                .contains("4.0 TB used")
                .contains("Not enough samples");
    }

    @Test
    void an_unreachable_hub_is_explained_with_a_way_to_retry() {
        hub.failWith(FakeHubClient.unreachable());
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.content.isVisible()).isFalse();
        assertThat(view.errorState.getElement().getTextRecursively()).contains("The hub cannot be reached");
        hub.failWith(null);
        test(find(Button.class).withText("Try again").single()).click();
        assertThat(view.content.isVisible()).isTrue();
        assertThat(view.posture.table.rows()).hasSize(3);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_sees_only_the_vms_in_scope() {
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.posture.table.rows()).extracting(r -> r.getElement().getTextRecursively())
                .allMatch(t -> t.startsWith("web-01") || t.startsWith("pgtest1"))
                .hasSize(2);
        assertThat(view.failures.table.rows().getFirst().getElement().getTextRecursively())
                .contains("No backup failed");
    }

    @Test
    void managers_get_no_way_to_change_targets_or_start_anything() {
        DashboardView view = navigate(DashboardView.class);

        assertThat(find(Button.class).all()).extracting(Button::getText)
                .doesNotContain("Start backup", "Backup now", "Set override", "Save default");
        assertThat(view.export.vms.getHref()).isNotBlank();
    }

    @Test
    void the_failures_csv_is_the_failures_list_of_the_range() throws Exception {
        DashboardView view = navigate(DashboardView.class);

        var out = new ByteArrayOutputStream();
        test(view.export.failures).download(out);

        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(2)
                .satisfies(lines -> assertThat(lines[1]).contains(",sql-prod-01,incremental,repo-local-1,Primary,")
                        .endsWith("SNA backup failed: VixDiskLib_Open"));
        assertThat(view.export.storageSamples.getHref()).isNotBlank();
    }

    @Test
    void a_backup_that_finishes_refreshes_the_dashboard_through_the_shared_poller() {
        Backup running = FakeHubClient.backup("backup-pgtest1-dash", "pgtest1", BackupType.FULL, "repo-local-1",
                BackupStatus.RUNNING, now.minus(Duration.ofMinutes(10)));
        hub.backups.add(running);
        DashboardView view = navigate(DashboardView.class);
        live.track(running);
        poll();
        assertThat(view.cards.unprotected.getText()).isEqualTo("1");

        hub.finish(running.id(), true, null, now);
        poll();

        assertThat(view.cards.unprotected.getText()).isEqualTo("0");
        assertThat(view.cards.withinRpo.getText()).isEqualTo("67 %");
    }

    /** One poll of the application's poller, then the UI work it handed over, as a browser round trip would. */
    private void poll() {
        TestLive.pollOnce(context);
        MockVaadin.runUIQueue(true);
        roundTrip();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static Map<String, String> query() {
        var params = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
        return params.entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
    }
}
