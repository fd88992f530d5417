package com.sendense.console.backups.ui;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static com.sendense.console.backups.TestBackups.NFS;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.backups.TestBackups;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class BackupHistoryViewTest extends BackupViewsTestBase {

    @Test
    void lists_every_vms_backups_newest_first_with_type_size_duration_status_and_error() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        var grid = test(view.grid);
        assertThat(rows(view)).containsExactly(sqlRunning, webFailed, webFull, pgInc2, pgInc1, pgFull);
        assertThat(view.summary.getText()).isEqualTo("6 backups");
        assertThat(text(grid.getCellComponent(1, "type"))).isEqualTo("Incremental");
        assertThat(text(grid.getCellComponent(1, "size"))).isEqualTo("1.0 GB / 40.0 GB");
        assertThat(text(grid.getCellComponent(1, "duration"))).isEqualTo("3 min 00 s");
        assertThat(text(grid.getCellComponent(1, "status"))).startsWith("Failed").contains("NBD read failed");
        assertThat(text(grid.getCellComponent(1, "repository"))).isEqualTo("NAS Offsite");
        assertThat(text(grid.getCellComponent(0, "status"))).contains("Running").contains("Stalled?");
        assertThat(text(grid.getCellComponent(0, "duration"))).startsWith("running ");
    }

    @Test
    void filters_narrow_the_list_and_go_into_the_address() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        test(view.filters.vm).selectItem("web-01");
        assertThat(rows(view)).containsExactly(webFailed, webFull);
        test(view.filters.status).selectItem("Failed");
        assertThat(rows(view)).containsExactly(webFailed);
        assertThat(view.summary.getText()).isEqualTo("1 of 6 backups");
        assertThat(view.location().getQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString("vm=web-01&status=failed").getParameters());

        test(view.filters.clear).click();
        test(view.filters.type).selectItem("Full");
        view.filters.repository.setValue(LOCAL);
        assertThat(rows(view)).containsExactly(sqlRunning, pgFull);
        view.filters.from.setValue(LocalDate.parse("2025-10-06"));
        view.filters.to.setValue(LocalDate.parse("2025-10-07"));
        view.filters.type.clear();
        assertThat(rows(view)).containsExactly(pgInc2, pgInc1);
    }

    @Test
    void the_group_filter_narrows_to_the_vms_in_that_hub_group_is_removable_and_goes_into_the_address()
            throws Exception {
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON, new VmGroup("g-db", "Databases", 90, true)));
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON, new VmGroup("g-web", "Web", 50, true)));
        hub.withVm(
                FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON, new VmGroup("g-db", "Databases", 90, true)));
        service.refresh();
        var view = (BackupHistoryView) open("backups?group=Databases&type=full");

        assertThat(view.filters.group.getValue()).isEqualTo("Databases");
        assertThat(view.filters.group.getListDataView().getItems()).containsExactly("Databases", "Web");
        assertThat(rows(view)).containsExactly(sqlRunning, pgFull);
        assertThat(view.summary.getText()).isEqualTo("2 of 6 backups");
        var out = new ByteArrayOutputStream();
        test(view.export).download(out);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(3);

        test(view.filters.group).selectItem("Web");
        assertThat(rows(view)).containsExactly(webFull);
        assertThat(view.location().getQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString("type=full&group=Web").getParameters());
        view.filters.group.clear();
        assertThat(rows(view)).containsExactly(sqlRunning, webFull, pgFull);
        assertThat(view.location().getQueryParameters().getParameters()).doesNotContainKey("group");
    }

    @Test
    void an_address_with_filters_and_sort_reopens_the_same_list() {
        var view = (BackupHistoryView) open(
                "backups?repo=" + NFS + "&type=incremental&from=2025-10-01&to=2025-10-31&sort=size.asc");

        assertThat(view.filters.repository.getValue()).isEqualTo(NFS);
        assertThat(view.filters.type.getValue()).isEqualTo(BackupType.INCREMENTAL);
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.parse("2025-10-01"));
        assertThat(rows(view)).containsExactly(webFailed);
        assertThat(test(view.grid).getSortDirection("size")).isEqualTo(SortDirection.ASCENDING);
        assertThat(view.location().getPath()).isEqualTo("backups");
        assertThat(view.location().getQueryParameters().getParameters()).isEqualTo(QueryParameters
                .fromString("type=incremental&from=2025-10-01&to=2025-10-31&repo=" + NFS + "&sort=size.asc")
                .getParameters());
    }

    @Test
    void sorting_a_column_goes_into_the_address_and_survives_a_reload() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        test(view.grid).sortByColumn("vm", SortDirection.ASCENDING);
        assertThat(rows(view)).startsWith(pgInc2, pgInc1, pgFull, sqlRunning);
        String address = view.location().getPathWithQueryParameters();
        // The newest-first order shown on entry stays as the second criterion.
        assertThat(address).isEqualTo("backups?sort=vm.asc&sort=date.desc");

        var reopened = (BackupHistoryView) open(address);
        assertThat(rows(reopened)).startsWith(pgInc2, pgInc1, pgFull, sqlRunning);
        assertThat(test(reopened.grid).getSortDirection("vm")).isEqualTo(SortDirection.ASCENDING);
    }

    @Test
    void the_grid_pages_lazily_through_the_assembled_history() {
        List<Backup> many = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            many.add(TestBackups.completed("pgtest1", LOCAL, BackupType.INCREMENTAL,
                    Instant.parse("2025-09-01T00:00:00Z").plusSeconds(3600L * i).toString(), 1, 1L << 20));
        }
        hub.backups.addAll(many);
        service.refresh();

        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(246);
        assertThat(test(view.grid).getRow(245).backup()).isEqualTo(many.getFirst());
        assertThat(view.summary.getText()).isEqualTo("246 backups");
    }

    @Test
    void the_csv_export_holds_exactly_the_filtered_rows_with_escaped_errors() throws Exception {
        BackupHistoryView view = navigate(BackupHistoryView.class);
        test(view.filters.vm).selectItem("web-01");

        var out = new ByteArrayOutputStream();
        test(view.export).download(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("backup_id,vm_name,type,status,repository_id,repository_name,started_at,")
                .contains(webFailed.id() + ",web-01,incremental,failed," + NFS + ",NAS Offsite,2025-10-08T21:30:00Z,"
                        + "2025-10-08T21:33:00Z,180,1073741824,42949672960,2,\"NBD read failed, \"\"disk-2000\"\"\nretry 3/3\"\r\n")
                .contains(webFull.id() + ",web-01,full,completed,");
        // A header, two backups; the error's own line break is inside quotes.
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).doesNotContain("pgtest1").doesNotContain("sql-prod-01");
    }

    @Test
    void an_unreadable_repository_list_is_named_and_the_rest_shown() {
        hub.failBackupsFor = f -> NFS.equals(f.repositoryId());
        service.refresh();

        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(view.warning.isVisible()).isTrue();
        assertThat(view.warning.getText()).contains("repository NAS Offsite");
        assertThat(rows(view)).hasSize(6);
    }

    @Test
    void an_unreachable_hub_is_explained_with_a_way_to_retry() {
        hub.failWith(FakeHubClient.unreachable());
        org.assertj.core.api.Assertions.assertThatThrownBy(service::refresh);
        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(view.emptyState.getElement().getTextRecursively()).contains("The hub cannot be reached");
        hub.failWith(null);
        test(find(Button.class).withText("Try again").single()).click();
        assertThat(rows(view)).hasSize(6);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_sees_only_backups_of_vms_in_scope_and_cannot_delete() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(rows(view)).extracting(Backup::vmName).containsOnly("pgtest1", "web-01");
        assertThat(view.filters.vm.getListDataView().getItems()).containsExactly("pgtest1", "web-01");
        assertThat(view.grid.getColumnByKey("actions").isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_see_the_history_read_only() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        assertThat(rows(view)).hasSize(6);
        assertThat(find(Button.class, view.grid).all())
                .noneMatch(b -> b.getAriaLabel().orElse("").startsWith("Delete"));
        assertThat(view.grid.getColumnByKey("actions").isVisible()).isFalse();
    }

    @Test
    void operators_get_a_delete_action_that_is_off_for_running_backups() {
        BackupHistoryView view = navigate(BackupHistoryView.class);

        var running = (Button) test(view.grid).getCellComponent(0, "actions").getChildren().findFirst().orElseThrow();
        var failed = (Button) test(view.grid).getCellComponent(1, "actions").getChildren().findFirst().orElseThrow();
        assertThat(running.isEnabled()).isFalse();
        assertThat(failed.isEnabled()).isTrue();
        assertThat(failed.getAriaLabel()).contains("Delete backup " + webFailed.id());
        assertThat(BackupStatus.RUNNING.isActive()).isTrue();
    }

    private List<Backup> rows(BackupHistoryView view) {
        var grid = test(view.grid);
        List<Backup> result = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            result.add(grid.getRow(i).backup());
        }
        return result;
    }

    static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    static List<Backup> backups(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::backup).toList();
    }
}
