package com.sendense.console.protection;

import static com.sendense.console.protection.ProtectionFixture.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run ends from its backups' real status, read through the shared poller; runs survive a restart. */
class RunTrackerTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final FakeHubClient hub = ProtectionFixture.hub(NOW);

    @Test
    void a_run_succeeds_when_every_backup_completed_and_partly_fails_when_one_failed() {
        var f = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);
        hub.groups.put("g1", ProtectionFixture.group("g1", "Linux", hub.vms, NOW));
        var flow = f.add(ProtectionFixture.flow("f1", FlowTargetType.GROUP, "g1", null, true, NOW));
        long first = f.runNow(flow);

        List<Backup> started = List.copyOf(hub.backups);
        hub.finish(started.get(0).id(), true, null, NOW.plusSeconds(600));
        f.track();
        assertThat(f.run(first).state()).as("one backup still runs").isEqualTo(RunState.RUNNING);
        hub.finish(started.get(1).id(), true, null, NOW.plusSeconds(700));
        f.track();

        assertThat(f.run(first).state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(f.run(first).message(Locale.ENGLISH)).isEqualTo("2 of 2 backups completed.");
        assertThat(f.run(first).endedAt()).isEqualTo(NOW);

        hub.now = NOW.plusSeconds(1000);
        long second = f.runNow(flow);
        hub.backups.stream()
                .filter(b -> b.status().isActive())
                .toList()
                .forEach(b -> hub.finish(b.id(), b.vmName().equals("pgtest1"), "disk 2000: NBD export vanished",
                        NOW.plusSeconds(1100)));
        f.track();

        ProtectionRun partly = f.run(second);
        assertThat(partly.state()).isEqualTo(RunState.PARTLY_FAILED);
        assertThat(partly.message(Locale.ENGLISH)).isEqualTo("1 of 2 backups completed, 1 failed.");
        assertThat(partly.vms()).filteredOn(vm -> vm.outcome() == VmOutcome.FAILED)
                .singleElement()
                .satisfies(vm -> assertThat(vm.message(Locale.ENGLISH))
                        .isEqualTo("The backup failed: disk 2000: NBD export vanished"));
    }

    @Test
    void a_backup_without_progress_past_the_stuck_limit_makes_the_run_stuck_and_frees_the_flow() {
        var f = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));
        long id = f.runNow(flow);

        clock.advance(Duration.ofHours(5));
        f.track();
        assertThat(f.run(id).state()).isEqualTo(RunState.RUNNING);

        clock.advance(Duration.ofHours(2));
        f.track();
        ProtectionRun stuck = f.run(id);
        assertThat(stuck.state()).isEqualTo(RunState.STUCK);
        assertThat(stuck.message(Locale.ENGLISH)).contains("no progress for more than 6 h");
        assertThat(f.store.busyRun("f1")).as("a stuck run does not block the schedule").isEmpty();

        hub.backups.forEach(b -> hub.finish(b.id(), true, null, clock.instant()));
        f.track();
        assertThat(f.run(id).state()).as("still tracked until it ends").isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void runs_survive_a_restart_and_a_new_console_finishes_them_from_the_hub(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("console") + ";AUTO_SERVER=FALSE";
        var before = new ProtectionFixture(ProtectionFixture.h2(url), hub, clock);
        var flow = before.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));
        long id = before.runNow(flow);
        shutdown(url);

        clock.advance(Duration.ofMinutes(30));
        hub.backups.forEach(b -> hub.finish(b.id(), true, null, clock.instant()));
        var after = new ProtectionFixture(ProtectionFixture.h2(url), hub, clock);
        assertThat(after.live.jobs().active()).as("the new console's poller knows nothing yet").isEmpty();
        after.tracker.pollOnce();

        ProtectionRun run = after.run(id);
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(run.startedBy()).isEqualTo("alice");
        assertThat(run.vms()).singleElement().satisfies(vm -> assertThat(vm.type()).isEqualTo(BackupType.FULL));
        assertThat(Files.exists(dir.resolve("console.mv.db"))).isTrue();
    }

    @Test
    void a_backup_still_running_after_a_restart_is_handed_back_to_the_shared_poller(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("console") + ";AUTO_SERVER=FALSE";
        var before = new ProtectionFixture(ProtectionFixture.h2(url), hub, clock);
        long id = before.runNow(before.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW)));
        shutdown(url);

        var after = new ProtectionFixture(ProtectionFixture.h2(url), hub, clock);
        after.tracker.pollOnce();

        assertThat(after.run(id).state()).isEqualTo(RunState.RUNNING);
        assertThat(after.live.jobs().active()).extracting(j -> j.vmName()).containsExactly("pgtest1");
        int reads = hub.backupCalls.get();
        after.tracker.pollOnce();
        assertThat(hub.backupCalls.get()).as("followed by the poller now, not read again").isEqualTo(reads);
    }

    @Test
    void a_vm_the_stopped_console_was_about_to_start_is_never_started_by_another() {
        var f = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);
        var flow = f.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", NOW));
        var claim = (RunStore.Claim.Started) f.store.start(
                new NewRun("f1", flow.name(), RunTrigger.SCHEDULE, NOW, NOW, "scheduler", null, "dead-instance"),
                busy -> "");
        f.store.addVms(claim.runId(), List.of(
                new RunVm("pgtest1", ProtectionFixture.context("pgtest1"), null, null, VmOutcome.STARTING, null)), NOW);

        clock.advance(Duration.ofMinutes(2));
        f.tracker.pollOnce();
        assertThat(f.run(claim.runId()).vms().getFirst().outcome()).as("the starter may still be working")
                .isEqualTo(VmOutcome.STARTING);

        clock.advance(Duration.ofMinutes(5));
        f.tracker.pollOnce();
        ProtectionRun run = f.run(claim.runId());
        assertThat(run.state()).isEqualTo(RunState.FAILED);
        assertThat(run.vms().getFirst().message(Locale.ENGLISH)).contains("console stopped before starting");
        assertThat(hub.startRequests).isEmpty();
    }

    private static void shutdown(String url) {
        var ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        try (var c = ds.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
