package com.sendense.console.alerts;

import static com.sendense.console.alerts.AlertsFixture.NOW;
import static com.sendense.console.alerts.AlertsFixture.backup;
import static com.sendense.console.alerts.AlertsFixture.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.dashboard.PostureState;
import com.sendense.console.dashboard.RepositoryStorage;
import com.sendense.console.dashboard.StorageForecast;
import com.sendense.console.dashboard.VmPosture;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.RunState;
import com.sendense.console.protection.RunTrigger;
import com.sendense.console.restore.MountRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which facts are events, and which kinds a pass could judge at all. */
class AlertRulesTest {

    static final AlertProperties P = AlertProperties.defaults();
    static final Duration STALL = Duration.ofMinutes(2);

    @Test
    void failed_backups_within_the_look_back_are_events_older_ones_are_not() {
        var facts = facts(List.of(failed("new", "web-01", NOW.minus(Duration.ofHours(2)), "disk gone"),
                failed("old", "web-02", NOW.minus(Duration.ofDays(3)), "")), null, null, null, null, null);

        var d = AlertRules.detect(facts, NOW, P, STALL);

        assertThat(d.events()).extracting(AlertEvent::causeKey).containsExactly("BACKUP_FAILED:new");
        assertThat(d.events().get(0).detail()).isEqualTo("disk gone");
        assertThat(d.readKinds()).containsExactly(AlertKind.BACKUP_FAILED);
    }

    @Test
    void a_running_backup_silent_past_the_stall_threshold_is_stalled() {
        var silent = backup("s", "web-01", BackupStatus.RUNNING, NOW.minus(Duration.ofHours(1)),
                NOW.minus(Duration.ofMinutes(5)), null);
        var fine = backup("f", "web-02", BackupStatus.RUNNING, NOW.minus(Duration.ofHours(1)), NOW.minusSeconds(3),
                null);

        var d = AlertRules.detect(facts(null, List.of(silent, fine), null, null, null, null), NOW, P, STALL);

        assertThat(d.events()).extracting(AlertEvent::causeKey, AlertEvent::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BACKUP_STALLED:s", 5L));
    }

    @Test
    void failed_and_partly_failed_runs_fail_skipped_ones_were_missed() {
        var runs = List.of(run(1, RunState.FAILED), run(2, RunState.PARTLY_FAILED), run(3, RunState.SKIPPED),
                run(4, RunState.SUCCEEDED), run(5, RunState.RUNNING));

        var d = AlertRules.detect(facts(null, null, runs, null, null, null), NOW, P, STALL);

        assertThat(d.events()).extracting(AlertEvent::causeKey)
                .containsExactly("RUN_FAILED:1", "RUN_FAILED:2", "RUN_MISSED:3");
        assertThat(d.readKinds()).containsExactlyInAnyOrder(AlertKind.RUN_FAILED, AlertKind.RUN_MISSED);
    }

    @Test
    void overdue_and_unprotected_vms_are_past_their_rpo() {
        var d = AlertRules.detect(facts(null, null, null,
                List.of(overdue("a"), posture("b", PostureState.UNPROTECTED), posture("c", PostureState.AT_RISK)), null,
                null), NOW, P, STALL);

        assertThat(d.events()).extracting(AlertEvent::causeKey).containsExactly("RPO_EXCEEDED:a", "RPO_EXCEEDED:b");
    }

    @Test
    void a_repository_over_the_threshold_or_forecast_full_soon_is_an_event() {
        var full = repo("r1", 93.4, new StorageForecast.NotGrowing(0));
        var soon = repo("r2", 40, new StorageForecast.FullOn(NOW.plus(Duration.ofDays(5)), 1e9));
        var later = repo("r3", 40, new StorageForecast.FullOn(NOW.plus(Duration.ofDays(60)), 1e9));

        var d = AlertRules.detect(facts(null, null, null, null, List.of(full, soon, later), null), NOW, P, STALL);

        assertThat(d.events()).extracting(AlertEvent::causeKey, AlertEvent::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REPOSITORY_FULL:r1", 93L),
                        org.assertj.core.groups.Tuple.tuple("REPOSITORY_FORECAST:r2", 5L));
    }

    @Test
    void a_mount_about_to_expire_is_an_event_for_its_owner_only() {
        var soon = mount("m1", "alice", NOW.plus(Duration.ofMinutes(8)));
        var later = mount("m2", "alice", NOW.plus(Duration.ofMinutes(40)));
        var foreign = mount("m3", null, NOW.plus(Duration.ofMinutes(8)));

        var d = AlertRules.detect(facts(null, null, null, null, null, List.of(soon, later, foreign)), NOW, P, STALL);

        assertThat(d.events()).extracting(AlertEvent::causeKey, AlertEvent::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MOUNT_EXPIRING:m1", "alice"));
    }

    @Test
    void nothing_readable_judges_no_kind() {
        var d = AlertRules.detect(facts(null, null, null, null, null, null), NOW, P, STALL);

        assertThat(d.events()).isEmpty();
        assertThat(d.readKinds()).isEmpty();
    }

    static AlertFacts facts(@Nullable List<com.sendense.console.hub.Backup> failed,
            @Nullable List<com.sendense.console.hub.Backup> active, @Nullable List<ProtectionRun> runs,
            @Nullable List<VmPosture> postures, @Nullable List<RepositoryStorage> repos,
            @Nullable List<MountRecord> mounts) {
        return new AlertFacts(failed, active, runs, postures, repos, mounts);
    }

    static VmPosture overdue(String vm) {
        return posture(vm, PostureState.OVERDUE);
    }

    static VmPosture posture(String vm, PostureState state) {
        return new VmPosture(vm, List.of(), Duration.ofHours(24), NOW.minus(Duration.ofHours(30)), Duration.ofHours(30),
                state, List.of(), null);
    }

    static ProtectionRun run(long id, RunState state) {
        Instant at = NOW.minus(Duration.ofHours(1));
        return new ProtectionRun(id, "f1", "Nightly", RunTrigger.SCHEDULE, at, at, state.finished() ? at : null, state,
                "scheduler", null, List.of());
    }

    static RepositoryStorage repo(String id, double percent, StorageForecast forecast) {
        return new RepositoryStorage(id, "Repo " + id, RepositoryType.LOCAL,
                new StorageInfo(100, (long) percent, 100 - (long) percent, percent, 1, NOW), List.of(), forecast);
    }

    static MountRecord mount(String id, @Nullable String owner, Instant expires) {
        return new MountRecord(new MountId(id), "web-01", null, 0, null, null, null, owner, expires.minusSeconds(3600),
                expires, "ntfs", "/dev/nbd0", MountStatus.MOUNTED, true);
    }
}
