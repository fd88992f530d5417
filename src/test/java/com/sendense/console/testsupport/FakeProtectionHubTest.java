package com.sendense.console.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowDraft;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake keeps the hub's rules that the console's scheduler and pages must cope with. */
class FakeProtectionHubTest {

    private final FakeHubClient hub = new FakeHubClient();
    private final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    private final VmContext db = FakeHubClient.vm("db-01", "linux", PowerState.ON);

    FakeProtectionHubTest() {
        hub.now = Instant.parse("2025-10-10T08:00:00Z");
        hub.withVm(web, FakeHubClient.disk(0, 40)).withVm(db, FakeHubClient.disk(0, 80));
        hub.repositories.add(FakeHubClient.repository("repo-1", "Local", 1000, 900));
    }

    @Test
    void execute_starts_a_full_backup_per_member_and_stays_running_until_finished() {
        String group = hub.createGroup(new GroupDraft("Web", null, 0, 0)).id();
        hub.assignToGroup(group, web.contextId());
        hub.assignToGroup(group, db.contextId());
        String flow = hub
                .createFlow(new FlowDraft("Nightly", null, FlowTargetType.GROUP, group, "repo-1", null, null, true))
                .id();

        FlowExecution run = hub.executeFlow(flow);

        assertThat(run.status()).isEqualTo(FlowExecutionStatus.RUNNING);
        assertThat(run.createdBackupIds()).hasSize(2);
        assertThat(hub.startRequests).extracting(r -> r.type()).containsOnly(BackupType.FULL);
        hub.finishExecution(run.id(), FlowExecutionStatus.SUCCESS, 2, 0);
        assertThat(hub.flowExecutions(flow, 1)).singleElement()
                .extracting(FlowExecution::status)
                .isEqualTo(FlowExecutionStatus.SUCCESS);
    }

    @Test
    void execute_whose_start_failed_answers_an_error_run_without_backup_ids() {
        hub.startFailure = new HubRejectedException("startBackup", HubErrorCode.NO_PREVIOUS_BACKUP, 400,
                "no previous backup found", null);
        String flow = hub
                .createFlow(new FlowDraft("Web", null, FlowTargetType.VM, web.contextId(), "repo-1", null, null, true))
                .id();

        FlowExecution run = hub.executeFlow(flow);

        assertThat(run.status()).isEqualTo(FlowExecutionStatus.ERROR);
        assertThat(run.createdBackupIds()).isEmpty();
        assertThat(run.errorMessage()).isEqualTo("1 of 1 backups failed to start");
    }

    @Test
    void a_group_holds_at_most_its_maximum_and_a_used_repository_is_not_deleted() {
        String group = hub.createGroup(new GroupDraft("Small", null, 1, 0)).id();
        hub.assignToGroup(group, web.contextId());

        assertThat(
                catchThrowableOfType(HubConflictException.class, () -> hub.assignToGroup(group, db.contextId())).code())
                .isEqualTo(HubErrorCode.GROUP_FULL);
        hub.executeFlow(
                hub.createFlow(new FlowDraft("Small", null, FlowTargetType.GROUP, group, "repo-1", null, null, true))
                        .id());
        assertThat(catchThrowableOfType(HubConflictException.class, () -> hub.deleteRepository("repo-1")).code())
                .isEqualTo(HubErrorCode.REPOSITORY_HAS_BACKUPS);
    }
}
