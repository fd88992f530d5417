package com.sendense.console.vms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.backups.BackupHistory;
import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.protection.Coverage;
import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.protection.VmCoverage;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VmProtectionServiceTest {

    final BackupHistoryService history = mock(BackupHistoryService.class);
    final ProtectionCoverage coverage = mock(ProtectionCoverage.class);
    final VmProtectionService service = new VmProtectionService(history, coverage);
    final VmSummary web = summary("web-01");
    final VmSummary hidden = summary("app-disk-01");
    final Instant older = Instant.parse("2025-10-08T01:00:00Z");
    final Instant newer = Instant.parse("2025-10-09T01:00:00Z");

    @BeforeEach
    void hub() {
        when(history.history()).thenReturn(new BackupHistory(List.of(entry("web-01", BackupStatus.COMPLETED, older),
                entry("web-01", BackupStatus.FAILED, Instant.parse("2025-10-09T09:00:00Z")),
                entry("web-01", BackupStatus.COMPLETED, newer)), Instant.now(), List.of(), Map.of()));
        when(coverage.coverage()).thenReturn(new Coverage(Instant.now(), ZoneId.of("Europe/London"),
                List.of(new VmCoverage("web-01", web.context().contextId(), List.of(), List.of(), null)), List.of()));
    }

    @Test
    void the_last_good_backup_is_the_newest_completed_one_and_failures_do_not_count() {
        Map<String, VmProtection> result = service.protection(List.of(web, hidden));

        assertThat(result.get("web-01").lastGoodBackup()).contains(newer);
        assertThat(result.get("web-01").coverage().notScheduled()).isTrue();
    }

    @Test
    void a_vm_the_hub_hides_backups_of_is_unknown_not_never() {
        assertThat(service.protection(List.of(hidden)).get("app-disk-01").lastGoodUnknown())
                .isEqualTo(VmProtectionService.HIDDEN_BY_HUB);
    }

    @Test
    void a_history_with_an_unreadable_repository_makes_never_unknown() {
        when(history.history()).thenReturn(new BackupHistory(List.of(), Instant.now(),
                List.of(Text.of("backups.unreadable.repository", "NAS Offsite")), Map.of()));

        assertThat(service.protection(List.of(web)).get("web-01").lastGoodUnknown())
                .isEqualTo(VmProtectionService.SOME_UNREADABLE);
    }

    @Test
    @HubFault("hub down")
    void an_unreadable_history_or_flow_list_is_unknown_and_the_list_still_loads() {
        when(history.history()).thenThrow(FakeHubClient.unreachable());
        when(coverage.coverage()).thenThrow(FakeHubClient.unreachable());

        VmProtection p = service.protection(List.of(web)).get("web-01");

        assertThat(p.lastGoodUnknown()).isEqualTo(VmProtectionService.HISTORY_UNREADABLE);
        assertThat(p.coverageUnknown()).isEqualTo(VmProtectionService.FLOWS_UNREADABLE);
        assertThat(p.coverage()).isNull();
    }

    private static VmSummary summary(String name) {
        return new VmSummary(FakeHubClient.vm(name, "linux", PowerState.ON), List.of(), true);
    }

    private static HistoryEntry entry(String vm, BackupStatus status, Instant at) {
        return new HistoryEntry(FakeHubClient.backup("backup-" + vm + "-" + at.getEpochSecond(), vm, BackupType.FULL,
                "repo-1", status, at), "Primary");
    }
}
