package com.sendense.console.protection;

import static com.sendense.console.protection.ProtectionFixture.OTHER_REPO;
import static com.sendense.console.protection.ProtectionFixture.REPO;
import static com.sendense.console.protection.ProtectionFixture.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.StartedBackup;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** One run, VM by VM: full when no full exists, a refused incremental becomes a full, busy and gone VMs skipped. */
class FlowRunnerTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** A hub whose start answers are chosen per request. */
    static final class ScriptedHub extends FakeHubClient {

        volatile Function<BackupStartRequest, @Nullable HubException> refuse = r -> null;

        @Override
        public StartedBackup startBackup(BackupStartRequest request) {
            HubException e = refuse.apply(request);
            if (e != null) {
                startRequests.add(request);
                throw e;
            }
            return super.startBackup(request);
        }
    }

    final MutableClock clock = new MutableClock(NOW);
    final ScriptedHub hub = ProtectionFixture.seed(new ScriptedHub(), NOW);
    final ProtectionFixture f = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);

    @Test
    void a_full_is_taken_when_the_flows_repository_holds_no_completed_full_of_the_vm() {
        hub.backups.add(FakeHubClient.completed("backup-pgtest1-1", "pgtest1", BackupType.FULL, OTHER_REPO,
                NOW.minusSeconds(86_400), 1));
        hub.backups.add(FakeHubClient.backup("backup-pgtest1-2", "pgtest1", BackupType.FULL, REPO, BackupStatus.FAILED,
                NOW.minusSeconds(3_600)));
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(hub.startRequests).extracting(BackupStartRequest::type).containsExactly(BackupType.FULL);
        assertThat(run.vms()).singleElement().satisfies(vm -> assertThat(vm.type()).isEqualTo(BackupType.FULL));
    }

    @Test
    void an_incremental_is_taken_when_a_completed_full_exists_in_that_repository() {
        hub.backups.add(FakeHubClient.completed("backup-pgtest1-1", "pgtest1", BackupType.FULL, REPO,
                NOW.minusSeconds(86_400), 1));
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));

        f.runNow(flow);

        assertThat(hub.startRequests).extracting(BackupStartRequest::type).containsExactly(BackupType.INCREMENTAL);
    }

    @Test
    @HubFault("incremental refused")
    void an_incremental_the_hub_refuses_for_want_of_a_base_becomes_a_full_and_says_so() {
        hub.backups.add(FakeHubClient.completed("backup-pgtest1-1", "pgtest1", BackupType.FULL, REPO,
                NOW.minusSeconds(86_400), 1));
        hub.refuse = r -> r.type() == BackupType.INCREMENTAL
                ? new HubRejectedException("startBackup", HubErrorCode.NO_PREVIOUS_BACKUP, 400,
                        "Failed to start backup", "no previous backup found for disk 2000")
                : null;
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(hub.startRequests).extracting(BackupStartRequest::type)
                .containsExactly(BackupType.INCREMENTAL, BackupType.FULL);
        assertThat(run.vms()).singleElement().satisfies(vm -> {
            assertThat(vm.outcome()).isEqualTo(VmOutcome.RUNNING);
            assertThat(vm.type()).isEqualTo(BackupType.FULL);
            assertThat(vm.message(Locale.ENGLISH)).contains("refused an incremental", "no previous backup found",
                    "full backup was started instead");
        });
    }

    @Test
    void a_vm_already_being_backed_up_is_not_started_again() {
        hub.backups.add(FakeHubClient.backup("backup-pgtest1-9", "pgtest1", BackupType.FULL, REPO, BackupStatus.RUNNING,
                NOW.minusSeconds(60)));
        var group = ProtectionFixture.group("g1", "Linux", hub.vms, NOW);
        hub.groups.put(group.id(), group);
        var flow = f.add(ProtectionFixture.flow("f1", FlowTargetType.GROUP, "g1", null, true, NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(hub.startRequests).extracting(BackupStartRequest::vmName).containsExactly("web-server-01");
        assertThat(run.vms()).extracting(RunVm::vmName, RunVm::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pgtest1", VmOutcome.SKIPPED_ALREADY_RUNNING),
                        org.assertj.core.groups.Tuple.tuple("web-server-01", VmOutcome.RUNNING));
        assertThat(run.vms().getFirst().message(Locale.ENGLISH)).contains("backup-pgtest1-9", "already running");
    }

    @Test
    void an_empty_group_ends_the_run_failed_in_words_instead_of_running_for_ever() {
        hub.groups.put("g0", ProtectionFixture.group("g0", "Empty", List.of(), NOW));
        var flow = f.add(ProtectionFixture.flow("f1", FlowTargetType.GROUP, "g0", null, true, NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.message(Locale.ENGLISH)).contains("The group has no VMs");
        assertThat(run.endedAt()).isNotNull();
        assertThat(f.store.busyRun("f1")).as("the flow can run again").isEmpty();
        assertThat(hub.startRequests).isEmpty();
    }

    @Test
    void a_vm_no_longer_on_the_hub_is_skipped_and_the_others_still_start() {
        VmContext gone = FakeHubClient.vm("old-vm", "linux", com.sendense.console.hub.PowerState.OFF);
        var members = new java.util.ArrayList<>(hub.vms);
        members.add(gone);
        hub.groups.put("g1", ProtectionFixture.group("g1", "Mixed", members, NOW));
        var flow = f.add(ProtectionFixture.flow("f1", FlowTargetType.GROUP, "g1", null, true, NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(run.vms()).extracting(RunVm::outcome)
                .containsExactly(VmOutcome.RUNNING, VmOutcome.RUNNING, VmOutcome.SKIPPED_NOT_FOUND);
        assertThat(hub.startRequests).hasSize(2);
    }

    @Test
    @HubFault("start refused")
    void a_start_the_hub_refuses_fails_that_vm_with_the_hubs_words_and_ends_the_run() {
        hub.refuse = r -> new HubServerException("startBackup", HubErrorCode.SNA_FAILURE, 500, "Failed to start backup",
                "SNA returned 502");
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.message(Locale.ENGLISH)).isEqualTo("0 of 1 backup completed, 1 did not start.");
        assertThat(run.vms()).singleElement().satisfies(vm -> {
            assertThat(vm.outcome()).isEqualTo(VmOutcome.START_FAILED);
            assertThat(vm.message(Locale.ENGLISH))
                    .isEqualTo("The hub refused the backup: Failed to start backup: SNA returned 502.");
        });
        assertThat(hub.startRequests).as("no blind retry").hasSize(1);
    }

    @Test
    @HubFault("lost answer")
    void a_start_whose_answer_is_lost_and_shows_no_backup_is_not_sent_again() {
        hub.refuse = r -> new HubUnavailableException("startBackup", HubErrorCode.TIMEOUT, true, "no response in time",
                null);
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(hub.startRequests).hasSize(1);
        assertThat(run.vms()).singleElement().satisfies(vm -> {
            assertThat(vm.outcome()).isEqualTo(VmOutcome.START_FAILED);
            assertThat(vm.message(Locale.ENGLISH)).contains("was not sent again", "history");
        });
    }

    @Test
    @HubFault("lost answer")
    void a_start_whose_answer_is_lost_but_did_start_is_followed() {
        hub.startLosesResponse = true;
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));

        ProtectionRun run = f.run(f.runNow(flow));

        assertThat(hub.startRequests).hasSize(1);
        assertThat(run.vms()).singleElement().satisfies(vm -> {
            assertThat(vm.outcome()).isEqualTo(VmOutcome.RUNNING);
            assertThat(vm.backupId()).isNotNull();
            assertThat(vm.message(Locale.ENGLISH)).contains("answer was lost");
        });
    }
}
