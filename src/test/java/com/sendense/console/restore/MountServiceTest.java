package com.sendense.console.restore;

import static com.sendense.console.restore.RestoreFixture.PG_FULL;
import static com.sendense.console.restore.RestoreFixture.PG_INCR;
import static com.sendense.console.restore.RestoreFixture.PG_RUNNING;
import static com.sendense.console.restore.RestoreFixture.SQL_FULL;
import static com.sendense.console.restore.RestoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.VmScope;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

class MountServiceTest {

    private final RestoreFixture f = new RestoreFixture();

    @Test
    void mounts_a_disk_and_remembers_vm_point_and_disk_that_the_hub_list_forgets() {
        MountRecord mounted = f.service.mount("pgtest1", PG_FULL, 1);

        assertThat(mounted.knownToConsole()).isTrue();
        assertThat(mounted.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(f.hub.mounts().getFirst().backupId()).as("the hub's list").isEmpty();
        MountRecord listed = f.service.activeMounts().getFirst();
        assertThat(listed.mountId()).isEqualTo(mounted.mountId());
        assertThat(listed.vmName()).isEqualTo("pgtest1");
        assertThat(listed.backupId()).isEqualTo(PG_FULL);
        assertThat(listed.diskIndex()).isEqualTo(1);
        assertThat(listed.diskSizeBytes()).isEqualTo(5L << 30);
        assertThat(listed.backupType()).isEqualTo(BackupType.FULL);
        assertThat(listed.backupCreatedAt()).isEqualTo(T0.minus(Duration.ofDays(2)));
        assertThat(listed.createdBy()).isEqualTo("operator");
        assertThat(listed.nbdDevice()).isEqualTo("/dev/nbd0");
        assertThat(listed.filesystemType()).isEqualTo("ntfs");
    }

    @Test
    void the_record_survives_a_console_restart() {
        MountRecord mounted = f.service.mount("pgtest1", PG_INCR, 0);

        f.restart();

        MountRecord found = f.service.find(mounted.mountId()).orElseThrow();
        assertThat(found.vmName()).isEqualTo("pgtest1");
        assertThat(found.backupId()).isEqualTo(PG_INCR);
        assertThat(found.backupType()).isEqualTo(BackupType.INCREMENTAL);
        assertThat(found.createdBy()).isEqualTo("operator");
    }

    @Test
    void a_mount_the_console_did_not_make_is_listed_as_unknown() {
        Mount foreign = f.hub.addForeignMount("backup-fs01-1", 0);

        MountRecord listed = f.service.activeMounts().getFirst();

        assertThat(listed.mountId()).isEqualTo(foreign.id());
        assertThat(listed.knownToConsole()).isFalse();
        assertThat(listed.vmName()).isNull();
        assertThat(listed.backupId()).isNull();
        assertThat(listed.diskIndex()).isNull();
        assertThat(listed.createdBy()).isNull();
        assertThat(listed.filesystemType()).isEqualTo("ext4");
    }

    @Test
    void mounting_a_disk_already_mounted_returns_that_mount_and_keeps_who_opened_it() {
        MountRecord first = f.service.mount("pgtest1", PG_FULL, 0);
        f.clock.advance(Duration.ofMinutes(10));
        f.signIn("alice", VmScope.ALL);

        MountRecord second = f.service.mount("pgtest1", PG_FULL, 0);

        assertThat(second.mountId()).isEqualTo(first.mountId());
        assertThat(second.expiresAt()).as("the hub never extends").isEqualTo(first.expiresAt());
        assertThat(second.createdBy()).isEqualTo("operator");
        assertThat(f.hub.hubMounts).hasSize(1);
    }

    @Test
    void a_disk_someone_mounted_outside_the_console_is_adopted_without_claiming_it() {
        f.hub.addForeignMount(PG_FULL.value(), 0);
        f.clock.advance(Duration.ofMinutes(5));

        MountRecord mounted = f.service.mount("pgtest1", PG_FULL, 0);

        assertThat(mounted.knownToConsole()).isTrue();
        assertThat(mounted.vmName()).isEqualTo("pgtest1");
        assertThat(mounted.createdBy()).as("opened outside the console").isNull();
    }

    @Test
    void a_lost_answer_is_recovered_by_asking_again_without_mounting_twice() {
        f.hub.loseMountAnswers.set(1);

        MountRecord mounted = f.service.mount("pgtest1", PG_FULL, 0);

        assertThat(f.hub.mountCalls).hasValue(2);
        assertThat(f.hub.hubMounts).hasSize(1);
        assertThat(mounted.mountId()).isEqualTo(f.hub.hubMounts.getFirst().id());
        assertThat(mounted.createdBy()).isEqualTo("operator");
    }

    @Test
    void when_even_the_second_answer_is_lost_the_outcome_is_reported_unknown_and_a_later_check_finds_the_mount() {
        f.hub.loseMountAnswers.set(2);

        assertThatThrownBy(() -> f.service.mount("pgtest1", PG_FULL, 0))
                .isInstanceOfSatisfying(HubUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(f.hub.hubMounts).as("mounted once on the hub").hasSize(1);

        MountRecord checked = f.service.mount("pgtest1", PG_FULL, 0);
        assertThat(checked.mountId()).isEqualTo(f.hub.hubMounts.getFirst().id());
        assertThat(f.hub.hubMounts).hasSize(1);
    }

    @Test
    void a_read_that_never_reached_the_hub_is_not_repeated() {
        f.hub.mountFailures.add(new HubUnavailableException("mount", HubErrorCode.UNREACHABLE, false, "refused", null));

        assertThatThrownBy(() -> f.service.mount("pgtest1", PG_FULL, 0)).isInstanceOf(HubUnavailableException.class);
        assertThat(f.hub.mountCalls).hasValue(1);
    }

    @Test
    void all_eight_slots_in_use_is_reported_as_the_mount_limit() {
        f.hub.maxMounts = 2;
        f.service.mount("pgtest1", PG_FULL, 0);
        f.service.mount("pgtest1", PG_FULL, 1);

        assertThatThrownBy(() -> f.service.mount("pgtest1", PG_INCR, 0)).isInstanceOfSatisfying(
                HubConflictException.class, e -> assertThat(e.code()).isEqualTo(HubErrorCode.MOUNT_LIMIT_REACHED));
        assertThat(f.service.slots().availableSlots()).isZero();
    }

    @Test
    void a_backup_that_is_not_mountable_yet_is_reported_as_disk_not_found() {
        assertThatThrownBy(() -> f.service.mount("pgtest1", PG_RUNNING, 0)).isInstanceOfSatisfying(
                HubNotFoundException.class, e -> assertThat(e.code()).isEqualTo(HubErrorCode.DISK_NOT_FOUND));
        assertThat(f.service.activeMounts()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HubErrorCode.class, names = {"NO_MOUNTABLE_PARTITIONS", "MOUNT_BLOCKED_BY_FAILED_MOUNT",
            "QCOW2_MISSING", "NO_NBD_DEVICE", "MOUNT_NOT_READY"})
    void hub_refusals_reach_the_caller_with_their_code_and_leave_no_record(HubErrorCode code) {
        HubException refusal = switch (code) {
            case NO_MOUNTABLE_PARTITIONS ->
                new HubRejectedException("mount", code, 500, "no mountable partitions found", null);
            case QCOW2_MISSING -> new HubNotFoundException("mount", code, 500, "QCOW2 file does not exist: /x", null);
            default -> new HubConflictException("mount", code, 500, "failed", null);
        };
        f.hub.mountFailures.add(refusal);

        assertThatThrownBy(() -> f.service.mount("pgtest1", PG_FULL, 0)).isSameAs(refusal);
        assertThat(f.bookkeeping.findAll()).isEmpty();
    }

    @Test
    void an_expired_mount_not_yet_cleaned_up_is_replaced_rather_than_handed_out() {
        MountRecord old = f.service.mount("pgtest1", PG_FULL, 0);
        f.clock.advance(Duration.ofMinutes(61));

        MountRecord fresh = f.service.mount("pgtest1", PG_FULL, 0);

        assertThat(fresh.mountId()).isNotEqualTo(old.mountId());
        assertThat(fresh.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofHours(1)));
        assertThat(f.hub.hubMounts).extracting(Mount::id).containsExactly(fresh.mountId());
        assertThat(f.bookkeeping.find(old.mountId())).isEmpty();
    }

    @Test
    void remount_unmounts_and_mounts_the_same_disk_for_a_new_hour_under_a_new_id() {
        MountRecord old = f.service.mount("pgtest1", PG_INCR, 1);
        f.clock.advance(Duration.ofMinutes(58));

        MountRecord fresh = f.service.remount(old.mountId());

        assertThat(fresh.mountId()).isNotEqualTo(old.mountId());
        assertThat(fresh.backupId()).isEqualTo(PG_INCR);
        assertThat(fresh.diskIndex()).isEqualTo(1);
        assertThat(fresh.vmName()).isEqualTo("pgtest1");
        assertThat(fresh.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofHours(1)));
        assertThat(f.hub.hubMounts).extracting(Mount::id).containsExactly(fresh.mountId());
        assertThat(f.service.find(old.mountId())).isEmpty();
    }

    @Test
    void remount_works_after_the_hub_already_cleaned_the_expired_mount_up() {
        MountRecord old = f.service.mount("pgtest1", PG_FULL, 0);
        f.clock.advance(Duration.ofMinutes(75));
        f.hub.cleanupExpired();

        MountRecord fresh = f.service.remount(old.mountId());

        assertThat(fresh.backupId()).isEqualTo(PG_FULL);
        assertThat(f.hub.hubMounts).hasSize(1);
    }

    @Test
    void after_a_remount_the_expired_mount_the_hub_still_lists_stays_the_consoles_until_the_hub_drops_it() {
        f.hub.expiredMountsNotFound = true;
        MountRecord old = f.service.mount("pgtest1", PG_FULL, 0);
        f.clock.advance(Duration.ofMinutes(61));

        MountRecord fresh = f.service.remount(old.mountId());

        var listed = f.service.activeMounts();
        assertThat(listed).extracting(MountRecord::mountId).containsExactlyInAnyOrder(fresh.mountId(), old.mountId());
        MountRecord expired = listed.stream().filter(m -> m.mountId().equals(old.mountId())).findFirst().orElseThrow();
        assertThat(expired.knownToConsole()).as("not 'mounted outside this console'").isTrue();
        assertThat(expired.vmName()).isEqualTo("pgtest1");
        assertThat(expired.createdBy()).isEqualTo("operator");
        assertThat(expired.expired(f.clock.instant())).isTrue();

        f.clock.advance(Duration.ofMinutes(14));
        f.hub.cleanupExpired();
        assertThat(f.service.activeMounts()).extracting(MountRecord::mountId).containsExactly(fresh.mountId());
        assertThat(f.bookkeeping.find(old.mountId())).isEmpty();
    }

    @Test
    void unmounting_an_expired_mount_the_hub_refuses_says_so_and_keeps_the_record() {
        f.hub.expiredMountsNotFound = true;
        MountRecord old = f.service.mount("pgtest1", PG_FULL, 0);
        f.clock.advance(Duration.ofMinutes(61));

        assertThat(f.service.unmount(old.mountId())).isFalse();

        assertThat(f.service.activeMounts()).singleElement().satisfies(m -> assertThat(m.knownToConsole()).isTrue());
    }

    @Test
    void remount_is_offered_only_for_mounts_the_console_has_a_record_of() {
        MountRecord ours = f.service.mount("pgtest1", PG_FULL, 0);
        Mount foreign = f.hub.addForeignMount("backup-x-1", 0);

        assertThat(f.service.remountable(ours.mountId())).contains("pgtest1");
        assertThat(f.service.remountable(foreign.id())).isEmpty();
        assertThat(f.service.remountable(new MountId("never-seen"))).isEmpty();
    }

    @Test
    void remount_of_a_mount_the_console_does_not_know_is_refused_in_words() {
        Mount foreign = f.hub.addForeignMount("backup-x-1", 0);

        assertThatThrownBy(() -> f.service.remount(foreign.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Start a new restore");
        assertThat(f.hub.hubMounts).hasSize(1);
    }

    @Test
    void help_desk_cannot_mount_a_vm_outside_its_scope_and_the_hub_is_not_asked() {
        f.signInHelpdesk();

        assertThatThrownBy(() -> f.service.mount("sql-prod-01", SQL_FULL, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.hub.mountCalls).hasValue(0);
    }

    @Test
    void help_desk_cannot_smuggle_another_vms_backup_under_an_in_scope_name() {
        f.signInHelpdesk();

        assertThatThrownBy(() -> f.service.mount("pgtest1", SQL_FULL, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.hub.mountCalls).hasValue(0);
    }

    @Test
    void a_disk_the_backup_does_not_have_is_refused() {
        assertThatThrownBy(() -> f.service.mount("sql-prod-01", SQL_FULL, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no disk 1");
    }

    @Test
    void help_desk_sees_and_unmounts_only_mounts_of_vms_in_scope() {
        MountRecord sql = f.service.mount("sql-prod-01", SQL_FULL, 0);
        MountRecord pg = f.service.mount("pgtest1", PG_FULL, 0);
        f.hub.addForeignMount("backup-x-1", 0);
        f.signInHelpdesk();

        assertThat(f.service.activeMounts()).extracting(MountRecord::mountId).containsExactly(pg.mountId());
        assertThat(f.service.find(sql.mountId())).isEmpty();
        assertThatThrownBy(() -> f.service.unmount(sql.mountId())).isInstanceOf(AccessDeniedException.class);
        f.service.unmount(pg.mountId());
        assertThat(f.hub.hubMounts).hasSize(2);
    }

    @Test
    void unmount_forgets_the_record_and_a_mount_already_gone_counts_as_unmounted() {
        MountRecord m = f.service.mount("pgtest1", PG_FULL, 0);

        f.service.unmount(m.mountId());
        f.service.unmount(m.mountId());

        assertThat(f.hub.hubMounts).isEmpty();
        assertThat(f.bookkeeping.find(m.mountId())).isEmpty();
    }

    @Test
    void records_of_mounts_the_hub_no_longer_lists_are_dropped() {
        MountRecord m = f.service.mount("pgtest1", PG_FULL, 0);
        f.clock.advance(Duration.ofMinutes(76));
        f.hub.cleanupExpired();

        assertThat(f.service.activeMounts()).isEmpty();
        assertThat(f.bookkeeping.find(m.mountId())).isEmpty();
    }

    @Test
    void mounting_in_the_background_runs_as_the_caller() throws Exception {
        f.signInHelpdesk();

        MountRecord m = f.service.mountInBackground("pgtest1", PG_FULL, 0).get();

        assertThat(m.createdBy()).isEqualTo("helpdesk");
        assertThatThrownBy(() -> f.service.mountInBackground("sql-prod-01", SQL_FULL, 0))
                .as("refused before any work starts")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknown_mount_ids_are_simply_not_found() {
        assertThat(f.service.find(new MountId("3f0e0000-0000-4000-8000-000000000000"))).isEmpty();
    }
}
