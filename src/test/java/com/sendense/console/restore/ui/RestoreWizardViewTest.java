package com.sendense.console.restore.ui;

import static com.sendense.console.restore.ui.RestoreUiTestSupport.PG_FULL;
import static com.sendense.console.restore.ui.RestoreUiTestSupport.PG_INCR;
import static com.sendense.console.restore.ui.RestoreUiTestSupport.SQL_FULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.Mount;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class RestoreWizardViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void restore_world() {
        RestoreUiTestSupport.world(hub, clock, jdbc);
    }

    @Test
    void operator_finds_the_vm_picks_a_point_and_a_disk_and_lands_in_the_file_browser() {
        RestoreWizardView view = navigate(RestoreWizardView.class);
        VmStep vms = find(VmStep.class).single();
        assertThat(test(vms.grid).size()).isEqualTo(3);
        test(vms.search).setValue("pg");
        assertThat(test(vms.grid).size()).isEqualTo(1);
        test(vms.grid).clickRow(0);

        RecoveryPointStep points = find(RecoveryPointStep.class).single();
        assertThat(test(points.grid).size()).isEqualTo(2);
        assertThat(test(points.grid).getCellComponent(0, "type").getElement().getText()).isEqualTo("Incremental");
        assertThat(test(points.grid).getCellComponent(1, "type").getElement().getText()).isEqualTo("Full");
        test(points.grid).clickRow(1);

        DiskStep disks = find(DiskStep.class).single();
        assertThat(disks.disks.getListDataView().getItems()).containsExactly(0, 1);
        assertThat(disks.disks.getItemLabelGenerator().apply(1)).isEqualTo("Disk 1 · 5.0 GB (disk-2001)");
        test(disks.disks).selectItem("Disk 1 · 5.0 GB (disk-2001)");
        test(disks.next).click();

        MountStep step = find(MountStep.class).single();
        assertThat(view.stepper.getElement().getTextRecursively()).contains("Mount");
        assertThat(step.slots.getText()).isEqualTo("0 of 8 restore slots on the hub are in use.");
        test(step.mount).click();
        assertThat(step.progress.isVisible()).as("progress while the hub mounts").isTrue();
        assertThat(step.mount.isEnabled()).isFalse();
        RestoreUiTestSupport.finish(step.pending);

        Mount mounted = hub.hubMounts.getFirst();
        assertThat(mounted.backupId()).isEqualTo(PG_FULL.value());
        assertThat(mounted.diskIndex()).isEqualTo(1);
        assertThat(RestoreUiTestSupport.currentPath()).isEqualTo("restore/" + mounted.id().value() + "/files");
    }

    @Test
    void a_single_disk_vm_skips_the_disk_step() {
        open(Map.of("vm", "sql-prod-01", "backup", SQL_FULL.value()));

        assertThat(find(DiskStep.class).all()).isEmpty();
        assertThat(find(MountStep.class).single()).isNotNull();
        assertThat(find(WizardStepper.class).single().getElement().getTextRecursively()).contains("Disk (only one)");
    }

    @Test
    void from_the_backup_history_it_opens_at_the_disk_of_that_backup() {
        UI.getCurrent().navigate("vms");
        RestoreNavigation.openWizard("pgtest1", PG_INCR);

        assertThat(RestoreUiTestSupport.currentPath()).isEqualTo("restore");
        DiskStep disks = find(DiskStep.class).single();
        assertThat(disks.getElement().getTextRecursively()).contains("Incremental");
    }

    @Test
    void recovery_points_can_be_narrowed_to_a_date() {
        open(Map.of("vm", "pgtest1"));
        RecoveryPointStep points = find(RecoveryPointStep.class).single();

        test(points.date).setValue(
                clock.instant().minus(Duration.ofDays(2)).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());

        assertThat(test(points.grid).size()).isEqualTo(1);
        assertThat(test(points.grid).getRow(0).id()).isEqualTo(PG_FULL);
    }

    @Test
    void all_slots_in_use_shows_the_mounts_and_offers_the_mounts_view() {
        hub.maxMounts = 1;
        hub.addForeignMount("backup-x-1", 0);
        MountStep step = mountStep();

        assertThat(step.slots.getText()).isEqualTo("1 of 1 restore slots on the hub are in use.");
        MountProblemPanel panel = find(MountProblemPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("All 8 restore slots on the hub are in use")
                .contains("A mount made outside this console")
                .contains("min left");
        test(panel.primary).click();
        assertThat(RestoreUiTestSupport.currentPath()).isEqualTo("restore/mounts");
    }

    @Test
    void the_limit_reached_while_mounting_is_explained_the_same_way() {
        hub.mountFailures.add(new HubConflictException("mount", HubErrorCode.MOUNT_LIMIT_REACHED, 500,
                "maximum concurrent mounts reached (8/8)", null));

        MountProblemPanel panel = mountAndFail();

        assertThat(panel.getElement().getAttribute("data-next")).isEqualTo("show_mounts");
        assertThat(panel.primary.getText()).isEqualTo("Open active mounts");
    }

    @Test
    void an_already_mounted_disk_is_offered_to_open() {
        Instant now = clock.instant();
        clock.set(now.minus(Duration.ofMinutes(20)));
        Mount existing = hub.addForeignMount(SQL_FULL.value(), 0);
        clock.set(now);
        MountStep step = mountStep();

        test(step.mount).click();
        RestoreUiTestSupport.finish(step.pending);

        assertThat(step.outcome.getElement().getTextRecursively()).contains("already mounted")
                .contains("min left")
                .contains("opened by outside this console");
        assertThat(step.mount.isEnabled()).as("mounting again would only hand back the same mount").isFalse();
        assertThat(hub.hubMounts).hasSize(1);
        test(find(Button.class, step.outcome).withText("Open it").single()).click();
        assertThat(RestoreUiTestSupport.currentPath()).isEqualTo("restore/" + existing.id().value() + "/files");
    }

    @Test
    void a_disk_the_console_already_mounted_disables_mount_and_browse_beside_open_it() {
        MountStep first = mountStep();
        test(first.mount).click();
        RestoreUiTestSupport.finish(first.pending);

        MountStep step = mountStep();

        assertThat(step.outcome.getElement().getTextRecursively()).contains("already mounted");
        assertThat(step.mount.isEnabled()).isFalse();
        assertThat(find(Button.class, step.outcome).withText("Open it").single().isEnabled()).isTrue();
    }

    @Test
    void an_expired_earlier_mount_leaves_mount_and_browse_enabled_to_replace_it() {
        MountStep first = mountStep();
        test(first.mount).click();
        RestoreUiTestSupport.finish(first.pending);
        Duration hourAgo = Duration.ofMinutes(61);
        var aged = hub.hubMounts.stream()
                .map(m -> new Mount(m.id(), m.backupId(), m.backupDiskId(), m.diskIndex(), m.mountPath(), m.nbdDevice(),
                        m.filesystemType(), m.status(), m.createdAt().minus(hourAgo),
                        m.createdAt().minus(hourAgo).plus(Duration.ofHours(1))))
                .toList();
        hub.hubMounts.clear();
        hub.hubMounts.addAll(aged);

        MountStep step = mountStep();

        assertThat(step.outcome.getElement().getTextRecursively()).contains("has expired");
        assertThat(find(Button.class, step.outcome).withText("Open it").all()).isEmpty();
        assertThat(step.mount.isEnabled()).isTrue();
    }

    @Test
    void a_backup_not_yet_mountable_says_to_try_again_in_a_moment() {
        hub.backups.replaceAll(
                b -> b.id().equals(SQL_FULL) ? withStatus(b, com.sendense.console.hub.BackupStatus.RUNNING) : b);
        hub.backups.add(RestoreUiTestSupport.backup(new com.sendense.console.hub.BackupId("backup-sql-prod-01-1"),
                "sql-prod-01", com.sendense.console.hub.BackupType.FULL, 1, clock.instant()));
        hub.mountFailures.add(new com.sendense.console.hub.HubNotFoundException("mount", HubErrorCode.DISK_NOT_FOUND,
                500, "disk not found: backup_id=x, disk_index=0: record not found", null));
        open(Map.of("vm", "sql-prod-01", "backup", "backup-sql-prod-01-1"));
        MountStep step = find(MountStep.class).single();

        test(step.mount).click();
        RestoreUiTestSupport.finish(step.pending);

        MountProblemPanel panel = find(MountProblemPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("cannot be mounted yet")
                .contains("Try again in a minute");
        test(panel.primary).click();
        RestoreUiTestSupport.finish(step.pending);
        assertThat(hub.hubMounts).hasSize(1);
    }

    @Test
    void a_disk_without_a_mountable_partition_says_so_and_that_an_administrator_must_clear_the_failed_mount() {
        hub.mountFailures.add(new HubRejectedException("mount", HubErrorCode.NO_MOUNTABLE_PARTITIONS, 500,
                "failed to mount backup: no mountable partitions found", null));

        MountProblemPanel panel = mountAndFail();

        assertThat(panel.getElement().getTextRecursively()).contains("no partition the hub can mount")
                .contains("LVM")
                .contains("restore_mounts");
    }

    @Test
    void an_earlier_failed_mount_blocking_the_device_needs_an_administrator() {
        hub.mountFailures.add(new HubConflictException("mount", HubErrorCode.MOUNT_BLOCKED_BY_FAILED_MOUNT, 500,
                "failed to create mount record: Duplicate entry '/dev/nbd0' for key 'uk_nbd_device'", null));

        MountProblemPanel panel = mountAndFail();

        assertThat(panel.getElement().getAttribute("data-next")).isEqualTo("administrator");
        assertThat(panel.getElement().getTextRecursively()).contains("An earlier failed mount blocks restore")
                .contains("status 'failed' in its restore_mounts table");
    }

    @Test
    void a_mount_whose_answer_was_lost_is_checked_again_and_found_without_mounting_twice() {
        hub.loseMountAnswers.set(2);

        MountProblemPanel panel = mountAndFail();
        assertThat(panel.getElement().getTextRecursively()).contains("did not answer in time")
                .contains("never mounts it twice");
        assertThat(panel.primary.getText()).isEqualTo("Check again");
        assertThat(hub.hubMounts).hasSize(1);

        // Looked up before the click: the check can finish and open the browser before click() returns.
        MountStep step = find(MountStep.class).single();
        test(panel.primary).click();
        RestoreUiTestSupport.finish(step.pending);

        assertThat(hub.hubMounts).hasSize(1);
        assertThat(RestoreUiTestSupport.currentPath())
                .isEqualTo("restore/" + hub.hubMounts.getFirst().id().value() + "/files");
    }

    @Test
    void a_missing_disk_image_sends_the_user_to_another_recovery_point() {
        hub.mountFailures.add(new com.sendense.console.hub.HubNotFoundException("mount", HubErrorCode.QCOW2_MISSING,
                500, "QCOW2 file does not exist: /x", null));

        MountProblemPanel panel = mountAndFail();
        test(panel.primary).click();

        assertThat(find(RecoveryPointStep.class).all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_sees_only_vms_in_scope_and_a_url_for_another_vm_leads_nowhere() {
        navigate(RestoreWizardView.class);
        assertThat(test(find(VmStep.class).single().grid).size()).isEqualTo(2);

        open(Map.of("vm", "sql-prod-01", "backup", SQL_FULL.value(), "disk", "0"));

        assertThat(find(MountStep.class).all()).isEmpty();
        assertThat(find(VmStep.class).all()).hasSize(1);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("There is no VM \"sql-prod-01\" you may restore from");
        assertThat(hub.mountCalls).hasValue(0);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_cannot_reach_another_vms_backup_through_an_in_scope_vm_name() {
        open(Map.of("vm", "pgtest1", "backup", SQL_FULL.value(), "disk", "0"));

        assertThat(find(MountStep.class).all()).isEmpty();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("That backup is not a backup of pgtest1");
        assertThat(hub.mountCalls).hasValue(0);
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_cannot_open_the_wizard() {
        assertThatThrownBy(() -> navigate(RestoreWizardView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private MountProblemPanel mountAndFail() {
        MountStep step = mountStep();
        test(step.mount).click();
        RestoreUiTestSupport.finish(step.pending);
        return find(MountProblemPanel.class).single();
    }

    private MountStep mountStep() {
        open(Map.of("vm", "sql-prod-01", "backup", SQL_FULL.value()));
        return find(MountStep.class).single();
    }

    private void open(Map<String, String> params) {
        UI.getCurrent().navigate(RestoreWizardView.class, QueryParameters.simple(params));
    }

    private static com.sendense.console.hub.Backup withStatus(com.sendense.console.hub.Backup b,
            com.sendense.console.hub.BackupStatus s) {
        return new com.sendense.console.hub.Backup(b.id(), b.vmContextId(), b.vmName(), b.type(), b.repositoryId(),
                b.policyId(), s, b.bytesTransferred(), b.totalBytes(), b.disksCount(), b.errorMessage(),
                b.currentPhase(), b.transferSpeedBps(), b.progressPercent(), b.lastTelemetryAt(), b.createdAt(),
                b.startedAt(), b.completedAt());
    }
}
