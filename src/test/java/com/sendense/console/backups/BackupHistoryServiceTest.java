package com.sendense.console.backups;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static com.sendense.console.backups.TestBackups.NFS;
import static com.sendense.console.backups.TestBackups.completed;
import static com.sendense.console.backups.TestBackups.failed;
import static com.sendense.console.backups.TestBackups.repository;
import static com.sendense.console.backups.TestBackups.running;
import static com.sendense.console.hub.BackupType.FULL;
import static com.sendense.console.hub.BackupType.INCREMENTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.VmScope;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class BackupHistoryServiceTest {

    final FakeHubClient hub = new FakeHubClient();
    final CurrentUser user = mock(CurrentUser.class);
    final MutableClock clock = new MutableClock(Instant.parse("2025-10-09T12:00:00Z"));
    final StaticListableBeanFactory beans = new StaticListableBeanFactory();
    BackupHistoryService service;

    final Backup pgFull = completed("pgtest1", LOCAL, FULL, "2025-10-05T00:00:00Z", 40, 100L << 30);
    final Backup pgInc = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-06T00:00:00Z", 2, 55L << 20);
    final Backup webFull = completed("web-01", NFS, FULL, "2025-10-07T21:30:00Z", 10, 30L << 30);
    final Backup webFailed = failed("web-01", NFS, INCREMENTAL, "2025-10-08T21:30:00Z", "disk 1: read error, retry");
    final Backup sqlRunning = running("sql-prod-01", LOCAL, FULL, "2025-10-09T11:50:00Z");

    @BeforeEach
    void hubWithHistory() {
        when(user.vmScope()).thenReturn(VmScope.ALL);
        when(user.username()).thenReturn(Optional.of("operator"));
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON));
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON));
        hub.repositories.addAll(List.of(repository(LOCAL, "Primary Local"), repository(NFS, "NAS Offsite")));
        hub.backups.addAll(List.of(pgFull, pgInc, webFull, webFailed, sqlRunning));
        service = new BackupHistoryService(hub, user, clock, HubProperties.forUrl(null),
                beans.getBeanProvider(MountedBackupLookup.class));
    }

    @Test
    void history_merges_every_repository_and_status_list_once_per_backup_newest_first() {
        BackupHistory history = service.history();

        assertThat(history.entries()).extracting(HistoryEntry::backup)
                .containsExactly(sqlRunning, webFailed, webFull, pgInc, pgFull);
        assertThat(history.entries().getFirst().repositoryName()).isEqualTo("Primary Local");
        assertThat(hub.backupQueries).containsExactlyInAnyOrder(BackupFilter.forRepository(LOCAL),
                BackupFilter.forRepository(NFS), BackupFilter.withStatus(BackupStatus.RUNNING),
                BackupFilter.withStatus(BackupStatus.FAILED), BackupFilter.withStatus(BackupStatus.COMPLETED));
        assertThat(history.isIncomplete()).isFalse();
    }

    @Test
    void backups_in_a_repository_the_hub_no_longer_lists_come_in_through_the_status_lists() {
        Backup legacy = completed("pgtest1", "repo-cifs-1759000000", FULL, "2025-09-20T01:00:00Z", 30, 90L << 30);
        hub.backups.add(legacy);

        List<HistoryEntry> entries = service.history().entries();

        assertThat(entries).extracting(HistoryEntry::backup).contains(legacy);
        assertThat(entries.getLast().repositoryName()).isEqualTo("repo-cifs-1759000000");
    }

    @Test
    void a_backup_that_finished_between_two_lists_shows_its_finished_state() {
        Backup done = TestBackups.withStatus(sqlRunning, BackupStatus.COMPLETED, Instant.parse("2025-10-09T11:58:00Z"));
        hub.backups.remove(sqlRunning);
        hub.backups.add(done);
        // The running list was read before it finished; the repository list after.
        FakeHubClient stale = new FakeHubClient() {

            @Override
            public List<Backup> backups(BackupFilter filter) {
                return filter.equals(BackupFilter.withStatus(BackupStatus.RUNNING))
                        ? List.of(sqlRunning)
                        : super.backups(filter);
            }
        };
        stale.vms.addAll(hub.vms);
        stale.repositories.addAll(hub.repositories);
        stale.backups.addAll(hub.backups);
        var s = new BackupHistoryService(stale, user, clock, HubProperties.forUrl(null),
                beans.getBeanProvider(MountedBackupLookup.class));

        List<HistoryEntry> entries = s.history().entries();

        assertThat(entries).hasSize(5);
        assertThat(entries).filteredOn(e -> e.backup().id().equals(sqlRunning.id()))
                .singleElement()
                .extracting(e -> e.backup().status())
                .isEqualTo(BackupStatus.COMPLETED);
    }

    @Test
    void history_is_kept_briefly_and_refresh_asks_the_hub_again() {
        service.history();
        int queries = hub.backupQueries.size();

        service.history();
        assertThat(hub.backupQueries).hasSize(queries);

        service.refresh();
        assertThat(hub.backupQueries).hasSize(2 * queries);

        clock.advance(BackupHistoryService.HISTORY_TTL);
        service.count(HistoryFilter.ALL);
        assertThat(hub.backupQueries).hasSize(3 * queries);
    }

    @Test
    void an_unreadable_list_is_named_and_the_rest_is_still_shown() {
        hub.failBackupsFor = f -> NFS.equals(f.repositoryId());

        BackupHistory history = service.history();

        assertThat(history.unreadable()).containsExactly(Text.of("backups.unreadable.repository", "NAS Offsite"));
        // The NFS backups still arrive through the failed and completed lists.
        assertThat(history.entries()).hasSize(5);
    }

    @Test
    void an_unreachable_hub_fails_the_history() {
        hub.failWith(FakeHubClient.unreachable());

        assertThatThrownBy(service::history).isInstanceOf(HubUnavailableException.class);
    }

    @Test
    void help_desk_sees_only_backups_of_vms_in_scope() {
        when(user.vmScope()).thenReturn(VmScope.of(List.of("web-*")));

        assertThat(service.history().entries()).extracting(e -> e.backup().vmName()).containsOnly("web-01");
        assertThat(service.vmNames()).containsExactly("web-01");
        assertThat(service.vmHistory("pgtest1")).isEmpty();
        assertThat(service.chain("pgtest1")).isEmpty();
    }

    @Test
    void filters_by_vm_status_type_repository_and_inclusive_days_in_the_hub_zone() {
        assertThat(find(HistoryFilter.ALL.withVm("pgtest1"))).containsExactly(pgInc, pgFull);
        assertThat(find(HistoryFilter.ALL.withStatus(BackupStatus.FAILED))).containsExactly(webFailed);
        assertThat(find(HistoryFilter.ALL.withType(FULL))).containsExactly(sqlRunning, webFull, pgFull);
        assertThat(find(HistoryFilter.ALL.withRepository(NFS))).containsExactly(webFailed, webFull);
        // 2025-10-07T21:30Z is 22:30 on the 7th in London; 2025-10-08T21:30Z is the 8th.
        assertThat(find(HistoryFilter.ALL.withDates(LocalDate.parse("2025-10-06"), LocalDate.parse("2025-10-07"))))
                .containsExactly(webFull, pgInc);
        assertThat(find(HistoryFilter.ALL.withVm("web-01").withType(INCREMENTAL).withStatus(BackupStatus.FAILED)))
                .containsExactly(webFailed);
        assertThat(service.count(HistoryFilter.ALL.withRepository(LOCAL))).isEqualTo(3);
    }

    @Test
    void filters_by_the_hub_group_the_inventory_puts_each_vm_in_and_exports_exactly_that() throws Exception {
        Backup gone = completed("old-db", LOCAL, FULL, "2025-10-04T00:00:00Z", 10, 1L << 30);
        hub.backups.add(gone);
        inGroups();

        assertThat(find(HistoryFilter.ALL.withGroup("Databases"))).containsExactly(sqlRunning, pgInc, pgFull);
        assertThat(find(HistoryFilter.ALL.withGroup("Tier 1"))).containsExactly(pgInc, pgFull);
        assertThat(find(HistoryFilter.ALL.withGroup("Databases").withType(FULL))).containsExactly(sqlRunning, pgFull);
        assertThat(find(HistoryFilter.ALL.withGroup("No such group"))).isEmpty();
        // A VM the inventory no longer lists is in no group, as on the dashboard.
        assertThat(find(HistoryFilter.ALL)).contains(gone);
        assertThat(service.count(HistoryFilter.ALL.withGroup("Web"))).isEqualTo(2);
        assertThat(service.groupNames()).containsExactly("Databases", "Tier 1", "Web");

        var out = new ByteArrayOutputStream();
        service.exportCsv(HistoryFilter.ALL.withGroup("Databases").withStatus(BackupStatus.COMPLETED),
                HistoryOrder.NEWEST_FIRST, out);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(3).satisfies(lines -> {
            assertThat(lines[1]).startsWith(pgInc.id() + ",pgtest1,incremental,completed,");
            assertThat(lines[2]).startsWith(pgFull.id() + ",pgtest1,full,completed,");
        });
    }

    @Test
    void without_the_inventory_no_vm_is_in_a_group_and_the_history_says_so() {
        inGroups();
        FakeHubClient noInventory = new FakeHubClient() {

            @Override
            public List<VmContext> vms() {
                throw unreachable();
            }
        };
        noInventory.repositories.addAll(hub.repositories);
        noInventory.backups.addAll(hub.backups);
        var s = new BackupHistoryService(noInventory, user, clock, HubProperties.forUrl(null),
                beans.getBeanProvider(MountedBackupLookup.class));

        assertThat(s.history().unreadable()).containsExactly(BackupHistory.INVENTORY);
        assertThat(s.history().isIncomplete()).isFalse();
        assertThat(s.find(HistoryFilter.ALL.withGroup("Databases"), HistoryOrder.NEWEST_FIRST)).isEmpty();
        assertThat(s.count(HistoryFilter.ALL)).isEqualTo(5);
    }

    @Test
    void help_desk_is_offered_only_the_groups_of_vms_in_scope() {
        inGroups();
        when(user.vmScope()).thenReturn(VmScope.of(List.of("web-*")));

        assertThat(service.groupNames()).containsExactly("Web");
        assertThat(find(HistoryFilter.ALL.withGroup("Databases"))).isEmpty();
    }

    private void inGroups() {
        var databases = new VmGroup("g-db", "Databases", 90, true);
        hub.vms.clear();
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON, databases,
                new VmGroup("g-t1", "Tier 1", 10, true)));
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON, new VmGroup("g-web", "Web", 50, true)));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON, databases));
        service.refresh();
    }

    @Test
    void pages_are_consecutive_slices_of_the_sorted_list() {
        var bySize = List.of(new HistoryOrder(HistoryColumn.SIZE, true));

        List<Backup> first = backups(service.page(HistoryFilter.ALL, bySize, 0, 2));
        List<Backup> second = backups(service.page(HistoryFilter.ALL, bySize, 2, 2));
        List<Backup> last = backups(service.page(HistoryFilter.ALL, bySize, 4, 2));

        assertThat(first).containsExactly(pgFull, webFull);
        assertThat(second).containsExactly(sqlRunning, webFailed);
        assertThat(last).containsExactly(pgInc);
        assertThat(service.page(HistoryFilter.ALL, bySize, 6, 2)).isEmpty();
    }

    @Test
    void sorts_by_several_columns_in_turn() {
        var order = List.of(new HistoryOrder(HistoryColumn.VM, false), new HistoryOrder(HistoryColumn.DATE, false));

        assertThat(backups(service.find(HistoryFilter.ALL, order))).containsExactly(pgFull, pgInc, sqlRunning, webFull,
                webFailed);
    }

    @Test
    void the_csv_export_holds_exactly_the_filtered_rows_in_order() throws Exception {
        var out = new ByteArrayOutputStream();

        service.exportCsv(HistoryFilter.ALL.withVm("web-01"), HistoryOrder.NEWEST_FIRST, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("backup_id,vm_name,type,status");
        assertThat(lines[1]).startsWith(webFailed.id() + ",web-01,incremental,failed," + NFS + ",NAS Offsite,"
                + "2025-10-08T21:30:00Z,2025-10-08T21:33:00Z,180,").endsWith(",\"disk 1: read error, retry\"");
        assertThat(lines[2]).startsWith(webFull.id() + ",web-01,full,completed,");
    }

    @Test
    void vm_history_is_fresh_from_the_hub_and_never_asks_about_an_unknown_vm() {
        assertThat(service.vmHistory("pgtest1"))
                .hasValueSatisfying(list -> assertThat(backups(list)).containsExactly(pgInc, pgFull));

        hub.backupQueries.clear();
        assertThat(service.vmHistory("no-such-vm")).isEmpty();
        assertThat(service.chain("no-such-vm")).isEmpty();
        assertThat(hub.backupQueries).isEmpty();
    }

    @Test
    void the_chain_is_built_from_completed_backups_not_the_hubs_chain_endpoint() {
        RecoveryChain chain = service.chain("pgtest1").orElseThrow();

        assertThat(hub.backupQueries).containsExactly(BackupFilter.forVm("pgtest1").andStatus(BackupStatus.COMPLETED));
        assertThat(chain.points()).isEqualTo(2);
    }

    @Test
    void deleting_a_running_backup_is_refused_without_asking_the_hub_to_delete() {
        assertThat(service.checkDeletion(sqlRunning.id()).refused()).contains(DeletionCheck.Refusal.RUNNING);

        assertThatThrownBy(() -> service.delete(sqlRunning.id())).isInstanceOf(BackupDeletionRefusedException.class)
                .extracting(e -> ((BackupDeletionRefusedException) e).reason())
                .isEqualTo(DeletionCheck.Refusal.RUNNING);
        assertThat(hub.deletedBackups).isEmpty();
    }

    @Test
    void a_backup_known_to_be_mounted_is_refused_and_an_unknown_mount_state_is_reported_as_unknown() {
        assertThat(service.checkDeletion(pgFull.id()).mounted()).as("nothing is mounted on the hub at all")
                .isEqualTo(DeletionCheck.MountState.NOT_MOUNTED);
        hub.mounts.add(mount());
        DeletionCheck unknown = service.checkDeletion(pgFull.id());
        assertThat(unknown.mounted()).isEqualTo(DeletionCheck.MountState.UNKNOWN);
        assertThat(unknown.refused()).isEmpty();

        beans.addBean("mounts", (MountedBackupLookup) id -> Optional.of(id.equals(pgFull.id())));

        assertThat(service.checkDeletion(pgFull.id()).refused()).contains(DeletionCheck.Refusal.MOUNTED);
        assertThat(service.checkDeletion(pgInc.id()).mounted()).isEqualTo(DeletionCheck.MountState.NOT_MOUNTED);
        assertThatThrownBy(() -> service.delete(pgFull.id())).isInstanceOf(BackupDeletionRefusedException.class);
    }

    @Test
    void the_check_counts_the_hubs_mounts_whose_backups_it_does_not_name() {
        hub.mounts.add(mount());
        hub.mounts.add(mount());

        assertThat(service.checkDeletion(pgFull.id()).mountsOnHub()).isEqualTo(2);
    }

    private Mount mount() {
        Instant t = clock.instant();
        return new Mount(new MountId(java.util.UUID.randomUUID().toString()), "", 41, 0, "/mnt/x", "/dev/nbd0", "ext4",
                MountStatus.MOUNTED, t, t.plus(Duration.ofHours(1)));
    }

    @Test
    void deleting_a_finished_backup_removes_it_and_the_next_history_read_asks_the_hub() {
        service.history();

        service.delete(webFailed.id());

        assertThat(hub.deletedBackups).containsExactly(webFailed.id());
        assertThat(backups(service.history().entries())).doesNotContain(webFailed);
    }

    @Test
    void the_hub_chain_endpoint_would_have_shown_only_the_oldest_full() {
        // Documents why chain() does not use it (contract 4.6).
        assertThat(hub.backupChain("pgtest1").backups()).containsExactly(pgFull);
    }

    private List<Backup> find(HistoryFilter filter) {
        return backups(service.find(filter, HistoryOrder.NEWEST_FIRST));
    }

    private static List<Backup> backups(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::backup).toList();
    }

}
