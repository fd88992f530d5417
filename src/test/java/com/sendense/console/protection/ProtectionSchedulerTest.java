package com.sendense.console.protection;

import static com.sendense.console.protection.ProtectionFixture.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.reliability.HubFault;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** When the console fires a flow: on time, caught up once, skipped while busy, never for a bad or disabled one. */
class ProtectionSchedulerTest {

    static final Instant CREATED = Instant.parse("2026-12-05T12:00:00Z");
    static final Instant ONE_AM = Instant.parse("2026-12-06T01:00:00Z");
    static final String DAILY = "0 0 1 * * *";

    final MutableClock clock = new MutableClock(ONE_AM.plusSeconds(10));
    final FakeHubClient hub = ProtectionFixture.hub(ONE_AM);
    final ProtectionFixture f = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);

    @Test
    void a_due_flow_fires_once_on_time_in_the_hubs_zone_with_a_full_backup_first() {
        f.add(vmFlow("f1", "pgtest1", DAILY, CREATED));

        assertThat(f.scheduler.tick()).hasSize(1);
        assertThat(f.scheduler.tick()).as("the same due time never twice").isEmpty();

        ProtectionRun run = f.runs("f1").getFirst();
        assertThat(run.trigger()).isEqualTo(RunTrigger.SCHEDULE);
        assertThat(run.scheduledFor()).isEqualTo(ONE_AM);
        assertThat(run.startedBy()).isEqualTo("scheduler");
        assertThat(run.state()).isEqualTo(RunState.RUNNING);
        assertThat(run.vms()).singleElement().satisfies(vm -> {
            assertThat(vm.outcome()).isEqualTo(VmOutcome.RUNNING);
            assertThat(vm.type()).isEqualTo(BackupType.FULL);
            assertThat(vm.backupId()).isNotNull();
        });
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void nothing_fires_before_the_due_time_and_summer_time_is_the_hubs() {
        clock.set(Instant.parse("2026-06-30T20:00:00Z"));
        var july = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);
        july.add(vmFlow("f1", "pgtest1", DAILY, Instant.parse("2026-06-30T12:00:00Z")));
        clock.set(Instant.parse("2026-06-30T23:59:59Z"));
        assertThat(july.scheduler.tick()).isEmpty();

        clock.set(Instant.parse("2026-07-01T00:00:30Z"));
        assertThat(july.scheduler.tick()).as("01:00 in London is 00:00 UTC in July").hasSize(1);
        assertThat(july.runs("f1").getFirst().scheduledFor()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void disabled_flows_flows_without_schedule_and_five_field_crons_never_fire() {
        f.add(ProtectionFixture.flow("off", FlowTargetType.VM, ProtectionFixture.context("pgtest1"), DAILY, false,
                CREATED));
        f.add(ProtectionFixture.flow("none", FlowTargetType.VM, ProtectionFixture.context("pgtest1"), null, true,
                CREATED));
        f.add(vmFlow("five", "pgtest1", "0 1 * * *", CREATED));

        assertThat(f.scheduler.tick()).isEmpty();
        assertThat(f.store.recent(10)).isEmpty();
        assertThat(hub.startRequests).isEmpty();
    }

    @Test
    void a_due_time_missed_while_the_console_was_down_is_caught_up_once_and_says_so() {
        f.add(vmFlow("f1", "pgtest1", DAILY, CREATED));
        f.scheduler.tick();
        finishAll();
        f.tracker.pollOnce();

        clock.set(Instant.parse("2026-12-08T09:30:00Z"));
        assertThat(f.scheduler.tick()).hasSize(1);
        assertThat(f.scheduler.tick()).as("never more than one catch-up").isEmpty();

        ProtectionRun catchUp = f.runs("f1").getFirst();
        assertThat(catchUp.trigger()).isEqualTo(RunTrigger.CATCH_UP);
        assertThat(catchUp.scheduledFor()).isEqualTo(Instant.parse("2026-12-08T01:00:00Z"));
        assertThat(catchUp.message(Locale.ENGLISH)).contains("2 due times", "2026-12-07 01:00", "2026-12-08 01:00",
                "Caught up once");
        assertThat(hub.startRequests).hasSize(2);

        finishAll();
        f.tracker.pollOnce();
        clock.set(Instant.parse("2026-12-09T01:00:05Z"));
        assertThat(f.scheduler.tick()).hasSize(1);
        assertThat(f.runs("f1").getFirst().trigger()).isEqualTo(RunTrigger.SCHEDULE);
    }

    @Test
    void with_catch_up_set_to_skip_a_missed_due_time_is_recorded_as_skipped_and_nothing_starts() {
        var skipping = new ProtectionProperties(Duration.ofSeconds(20), Duration.ofMinutes(5),
                ProtectionProperties.CatchUp.SKIP, Duration.ofHours(6), Duration.ofDays(7), Duration.ofMinutes(1));
        var fx = new ProtectionFixture(ProtectionFixture.h2(), hub, clock, skipping, null);
        fx.add(vmFlow("f1", "pgtest1", DAILY, CREATED));
        clock.set(ONE_AM.plus(Duration.ofHours(3)));

        assertThat(fx.scheduler.tick()).isEmpty();
        assertThat(fx.scheduler.tick()).isEmpty();

        assertThat(fx.runs("f1")).singleElement().satisfies(run -> {
            assertThat(run.state()).isEqualTo(RunState.SKIPPED);
            assertThat(run.trigger()).isEqualTo(RunTrigger.CATCH_UP);
            assertThat(run.message(Locale.ENGLISH)).contains("not running at 2026-12-06 01:00",
                    "catch-up is set to skip");
        });
        assertThat(hub.startRequests).isEmpty();
    }

    @Test
    void a_due_time_while_the_previous_run_still_goes_is_skipped_and_recorded() {
        f.add(vmFlow("f1", "pgtest1", "0 0 * * * *", CREATED));
        clock.set(ONE_AM.plusSeconds(5));
        f.scheduler.tick();

        clock.set(ONE_AM.plus(Duration.ofHours(1)).plusSeconds(5));
        hub.now = clock.instant();
        f.track();
        assertThat(f.scheduler.tick()).isEmpty();

        var runs = f.runs("f1");
        assertThat(runs).hasSize(2);
        assertThat(runs.getFirst().state()).isEqualTo(RunState.SKIPPED);
        assertThat(runs.getFirst().message(Locale.ENGLISH)).startsWith("Skipped: run #" + runs.getLast().id())
                .contains("still going at 2026-12-06 02:00");
        assertThat(runs.getLast().state()).isEqualTo(RunState.RUNNING);
        assertThat(hub.startRequests).as("the VM was not started a second time").hasSize(1);
    }

    @Test
    void a_flow_this_console_never_ran_owes_no_catch_up_from_before_it_started() {
        clock.set(ONE_AM.plus(Duration.ofHours(9)));
        var fresh = new ProtectionFixture(ProtectionFixture.h2(), hub, clock);
        fresh.add(vmFlow("f1", "pgtest1", DAILY, Instant.parse("2026-10-01T12:00:00Z")));

        assertThat(fresh.scheduler.tick()).isEmpty();
        assertThat(fresh.store.recent(10)).isEmpty();

        clock.set(Instant.parse("2026-12-07T01:00:02Z"));
        assertThat(fresh.scheduler.tick()).hasSize(1);
    }

    @Test
    void a_flow_enabled_again_after_a_pause_owes_no_catch_up_for_the_pause() {
        f.add(vmFlow("f1", "pgtest1", DAILY, CREATED));
        f.scheduler.tick();
        finishAll();
        f.tracker.pollOnce();

        Instant reenabled = Instant.parse("2026-12-08T09:00:00Z");
        var flow = hub.flows.get("f1");
        hub.flows.put("f1",
                new com.sendense.console.hub.ProtectionFlow(flow.id(), flow.name(), flow.description(), flow.flowType(),
                        flow.targetType(), flow.targetId(), flow.repositoryId(), flow.repositoryName(), flow.policyId(),
                        flow.policyName(), flow.scheduleId(), flow.scheduleName(), flow.scheduleCron(), true,
                        flow.runs(), flow.createdAt(), reenabled, flow.createdBy()));
        clock.set(reenabled.plus(Duration.ofMinutes(30)));

        assertThat(f.scheduler.tick()).isEmpty();
        assertThat(f.runs("f1")).hasSize(1);
    }

    @Test
    @HubFault("hub down")
    void while_the_hub_is_down_nothing_is_claimed_and_the_due_time_fires_when_it_is_back() {
        f.add(vmFlow("f1", "pgtest1", DAILY, CREATED));
        hub.failWith(FakeHubClient.unreachable());

        assertThat(f.scheduler.tick()).isEmpty();
        assertThat(f.store.recent(10)).isEmpty();

        hub.failWith(null);
        clock.advance(Duration.ofMinutes(2));
        assertThat(f.scheduler.tick()).hasSize(1);
        assertThat(f.runs("f1").getFirst().trigger()).isEqualTo(RunTrigger.SCHEDULE);
    }

    private void finishAll() {
        hub.backups.forEach(b -> {
            if (b.status().isActive()) {
                hub.finish(b.id(), true, null, clock.instant());
            }
        });
        f.poller.run();
    }
}
