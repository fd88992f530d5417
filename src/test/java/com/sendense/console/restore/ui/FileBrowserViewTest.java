package com.sendense.console.restore.ui;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.BrowseMount;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.ArrayList;
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
class FileBrowserViewTest extends SpringBrowserlessTest {

    String mount;
    String sqlMount;

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    com.sendense.console.restore.MountUsage usage;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.listedPaths.clear();
        hub.withFolder("/",
                new FileEntry("Partition 1 - System\\x20Reserved (500.0 MB)", HubPath.of("/partition-1"),
                        EntryType.DIRECTORY, 524_288_000L, "0755", null, false, null),
                new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"), EntryType.DIRECTORY,
                        108_876_496_896L, "0755", null, false, null));
        hub.withFolder("/partition-2", dir("/partition-2/Users"), dir("/partition-2/Windows"),
                file("/partition-2/pagefile.sys", 1L << 32));
        hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice.morgan"),
                file("/partition-2/Users/desktop.ini", 174));
        hub.withFolder("/partition-2/Users/alice.morgan", dir("/partition-2/Users/alice.morgan/Documents"));
        hub.withFolder("/partition-2/Users/alice.morgan/Documents",
                file("/partition-2/Users/alice.morgan/Documents/a.docx", 100),
                file("/partition-2/Users/alice.morgan/Documents/b.xlsx", 200),
                file("/partition-2/Users/alice.morgan/Documents/c.pdf", 300));
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
        sqlMount = BrowseTestMounts.mount(hub, mounts, "sql-prod-01").value();
    }

    FileBrowserView open(String location) {
        location = location.replace("view-mount", mount).replace("sql-mount", sqlMount);
        int q = location.indexOf('?');
        if (q > 0) {
            UI.getCurrent()
                    .navigate(location.substring(0, q),
                            com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        } else {
            UI.getCurrent().navigate(location);
        }
        return (FileBrowserView) getCurrentView();
    }

    @Test
    void entering_a_mount_opens_the_largest_partition_and_puts_it_in_the_url() {
        FileBrowserView view = open("restore/view-mount/files");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("restore/" + mount + "/files/partition-2");
        assertThat(view.header.title.getText()).isEqualTo("Partition 2 (101.4 GB)");
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("Users");
    }

    @Test
    void the_partition_list_shows_readable_labels() {
        FileBrowserView view = open("restore/view-mount/files?partitions");

        assertThat(view.header.title.getText()).isEqualTo("Partitions");
        assertThat(com.sendense.console.restore.Folder.displayName(test(view.grid).getRow(0)))
                .isEqualTo("System Reserved (partition 1, 500.0 MB)");
    }

    @Test
    void breadcrumbs_are_router_links_to_every_level() {
        FileBrowserView view = open("restore/view-mount/files/partition-2/Users/alice.morgan/Documents");

        List<String> hrefs = view.pathBar.crumbs.getChildren()
                .filter(RouterLink.class::isInstance)
                .map(c -> ((RouterLink) c).getHref())
                .toList();
        String base = "restore/" + mount + "/files";
        assertThat(hrefs).containsExactly(base + "?partitions", base + "/partition-2", base + "/partition-2/Users",
                base + "/partition-2/Users/alice.morgan", base + "/partition-2/Users/alice.morgan/Documents");
        assertThat(view.pathBar.crumbs.getChildren()
                .filter(RouterLink.class::isInstance)
                .map(c -> ((RouterLink) c).getText())
                .toList()
                .get(1)).isEqualTo("Partition 2 (101.4 GB)");
    }

    @Test
    void a_path_with_dot_dot_in_the_url_never_reaches_the_hub() {
        FileBrowserView view = open("restore/view-mount/files/partition-2/Users/%2E%2E/%2E%2E/etc");
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(hub.listedPaths).noneMatch(p -> p.contains("etc"));
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_is_refused_a_mount_outside_its_scope_whatever_the_url() {
        FileBrowserView view = open("restore/sql-mount/files/partition-2/Users");

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getElement().getTextRecursively()).contains("not in your scope");
        assertThat(hub.listedPaths).isEmpty();
    }

    @Test
    void an_expired_mount_the_console_knows_says_so_and_offers_a_remount() {
        hub.hubMounts.removeIf(m -> m.id().value().equals(mount));
        FileBrowserView view = open("restore/view-mount/files/partition-2");

        assertThat(view.problem.getElement().getTextRecursively()).contains("mount of web-01 has expired");
        assertThat(view.header.remount.isVisible()).isTrue();
    }

    @Test
    void a_gone_mount_whose_backup_was_deleted_offers_the_wizard_for_its_vm() {
        hub.hubMounts.removeIf(m -> m.id().value().equals(mount));
        FileBrowserView view = open("restore/view-mount/files/partition-2");
        hub.backups.removeIf(b -> b.vmName().equals("web-01"));

        test(view.header.remount).click();
        RestoreUiTestSupport.finish(view.header.pending);

        assertThat(view.header.remount.isVisible()).isFalse();
        Button restore = find(Button.class).withId("browser-start-restore").single();
        assertThat(restore.getText()).isEqualTo("Restore files of web-01");
        test(restore).click();
        assertThat(RestoreUiTestSupport.currentPath()).isEqualTo("restore");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("vm", List.of("web-01"));
    }

    @Test
    @BadInput("malformed deep link")
    void a_link_to_a_mount_the_console_has_no_record_of_offers_the_wizard_instead_of_a_remount_that_cannot_work() {
        FileBrowserView view = open("restore/gone-mount/files/partition-2");

        assertThat(view.problem.getElement().getTextRecursively()).contains("expired or was removed")
                .contains("no record of which backup and disk")
                .contains("Start a restore");
        assertThat(view.header.remount.isVisible()).isFalse();
        test(find(Button.class).withId("browser-start-restore").single()).click();
        assertThat(getCurrentView()).isInstanceOf(RestoreWizardView.class);
    }

    @Test
    void remounting_a_gone_mount_runs_in_the_background_and_returns_to_the_same_folder() {
        hub.hubMounts.removeIf(m -> m.id().value().equals(mount));
        FileBrowserView view = open("restore/view-mount/files/partition-2/Users");

        test(view.header.remount).click();
        RestoreUiTestSupport.finish(view.header.pending);

        String fresh = hub.hubMounts.stream()
                .map(m -> m.id().value())
                .filter(id -> !id.equals(sqlMount))
                .findFirst()
                .orElseThrow();
        assertThat(fresh).isNotEqualTo(mount);
        assertThat(RestoreUiTestSupport.currentPath()).isEqualTo("restore/" + fresh + "/files/partition-2/Users");
    }

    @Test
    void the_browser_keeps_its_mount_in_use_while_open_and_shows_the_lease() {
        FileBrowserView view = open("restore/view-mount/files/partition-2");

        assertThat(usage.users(new MountId(mount))).hasSize(1);
        assertThat(view.header.lease.getChildren().findFirst()).get().isInstanceOf(MountLeaseBar.class);
        UI.getCurrent().navigate("vms");
        assertThat(usage.users(new MountId(mount))).isEmpty();
    }

    @Test
    void the_tabs_heartbeats_keep_its_mount_in_use_and_without_them_the_use_lapses() {
        open("restore/view-mount/files/partition-2");
        MountId id = new MountId(mount);
        assertThat(usage.users(id)).hasSize(1);

        // As if the last heartbeat came two minutes ago: the browser crashed, the server still has the UI.
        jdbc.sql("UPDATE restore_mount_usage SET last_seen = :old WHERE mount_id = :mount")
                .param("old", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(2))
                .param("mount", mount)
                .update();
        assertThat(usage.users(id)).isEmpty();

        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
        assertThat(usage.users(id)).as("a heartbeat shows the tab is alive").hasSize(1);
    }

    @Test
    void a_hundred_thousand_entries_reach_the_grid_page_by_page() {
        List<FileEntry> scans = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            scans.add(file("/partition-2/Scans/scan_%06d.pdf".formatted(i), 50_000 + i));
        }
        hub.withFolder("/partition-2/Scans", scans.toArray(FileEntry[]::new));

        FileBrowserView view = open("restore/view-mount/files/partition-2/Scans");
        roundTrip();

        assertThat(view.grid.matchingCount()).isEqualTo(100_000);
        assertThat(view.grid.rowsServed).isLessThan(500);
        assertThat(view.grid.provider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(100_000);
    }

    @Test
    void checkboxes_and_shift_ranges_fill_the_basket_with_totals() {
        FileBrowserView view = open("restore/view-mount/files/partition-2/Users/alice.morgan/Documents");
        var grid = view.grid;

        grid.toggle(test(grid).getRow(0));
        grid.range(test(grid).getRow(2));

        assertThat(view.basket.size()).isEqualTo(3);
        assertThat(view.basketBar.summary.getText()).isEqualTo("3 files selected · 600 B");
        assertThat(grid.selectAll.getValue()).isTrue();
    }
}
