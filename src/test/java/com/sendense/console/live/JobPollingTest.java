package com.sendense.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.vaadin.flow.shared.Registration;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poller's job half: one hub read per poll for any number of watchers, changes only, final state, stall. */
class JobPollingTest {

    private static final long GB = 1L << 30;
    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final FakeHubClient hub = new FakeHubClient();
    private final HubProperties properties = HubProperties.forUrl(URI.create("http://hub:8082"));
    private final LiveUpdates live = new LiveUpdates(properties, clock, Runnable::run);
    private final HubPoller poller = new HubPoller(hub, live, properties, clock);
    private final List<JobSnapshot> seen = new CopyOnWriteArrayList<>();
    private final BackupId id = new BackupId("backup-pgtest1-1764000000");

    @BeforeEach
    void aRunningBackup() {
        hub.backups.add(FakeHubClient.backup(id.value(), "pgtest1", BackupType.FULL, "repo-local-1",
                BackupStatus.RUNNING, START));
        poller.pollOnce(); // the first health check, before anyone watches
        hub.backupsCalls.set(0);
    }

    @Test
    void nobody_watching_and_nothing_followed_costs_the_hub_nothing() {
        poller.pollOnce();
        poller.pollOnce();

        assertThat(hub.backupsCalls).hasValue(0);
    }

    @Test
    void fifty_watchers_of_one_job_cost_one_hub_call_per_poll() {
        AtomicInteger deliveries = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            live.subscribeJob(id, s -> deliveries.incrementAndGet());
        }
        for (int poll = 1; poll <= 4; poll++) {
            clock.advance(Duration.ofSeconds(3));
            hub.report(id, poll * 10 * GB, 100 * GB, 3 * GB, clock.instant());
            poller.pollOnce();
            assertThat(hub.backupsCalls).as("running-list reads after poll %d", poll).hasValue(poll);
        }

        assertThat(hub.backupCalls).hasValue(0);
        assertThat(deliveries).as("every watcher got every change").hasValue(50 * 4);
    }

    @Test
    void snapshots_are_published_only_when_something_changed() {
        live.subscribeJob(id, seen::add);
        clock.advance(Duration.ofSeconds(3));
        hub.report(id, 10 * GB, 100 * GB, 3 * GB, clock.instant());
        poller.pollOnce();
        clock.advance(Duration.ofSeconds(3));
        poller.pollOnce();
        poller.pollOnce();

        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().backup().bytesTransferred()).isEqualTo(10 * GB);
    }

    @Test
    void a_job_that_leaves_the_running_list_is_read_once_for_its_result_then_dropped() {
        live.subscribeJob(id, seen::add);
        poller.pollOnce();
        clock.advance(Duration.ofSeconds(40));
        hub.finish(id, true, null, clock.instant());
        poller.pollOnce();
        poller.pollOnce();
        poller.pollOnce();

        assertThat(hub.backupCalls).hasValue(1);
        JobSnapshot last = seen.getLast();
        assertThat(last.active()).isFalse();
        assertThat(last.backup().status()).isEqualTo(BackupStatus.COMPLETED);
        assertThat(live.jobs().active()).isEmpty();
        assertThat(live.jobs().finished()).extracting(JobSnapshot::id).containsExactly(id);
    }

    @Test
    void a_tracked_job_is_followed_even_when_nobody_watches_until_it_ends() {
        live.track(hub.backups.getFirst());
        poller.pollOnce();
        hub.finish(id, false, "SBC lost the NBD connection", clock.instant());
        poller.pollOnce();
        poller.pollOnce();

        assertThat(hub.backupsCalls).as("no more reads once nothing runs and nobody watches").hasValue(2);
        assertThat(live.job(id)).get()
                .extracting(s -> s.backup().errorMessage())
                .isEqualTo("SBC lost the NBD connection");
    }

    @Test
    void a_job_deleted_on_the_hub_while_followed_is_published_as_gone() {
        live.track(hub.backups.getFirst());
        hub.backups.clear();
        poller.pollOnce();

        assertThat(live.job(id)).get().satisfies(s -> {
            assertThat(s.gone()).isTrue();
            assertThat(s.active()).isFalse();
        });
    }

    @Test
    void eta_comes_from_smoothed_throughput_not_from_one_speed_reading() {
        live.subscribeJob(id, seen::add);
        // A steady 1 GB/s, with the hub's own speed field jumping around.
        long[] noisySpeeds = {5 * GB, GB / 10, 4 * GB, GB / 5};
        for (int i = 1; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(5));
            hub.report(id, i * 5 * GB, 100 * GB, noisySpeeds[i - 1], clock.instant());
            poller.pollOnce();
        }

        JobSnapshot s = seen.getLast();
        assertThat(s.smoothedBytesPerSecond()).isEqualTo(GB);
        assertThat(s.eta()).contains(Duration.ofSeconds(80));
        assertThat(s.speedHistory()).containsExactly(5 * GB, GB / 10, 4 * GB, GB / 5);
    }

    @Test
    void smoothing_follows_a_slowdown_gradually() {
        live.subscribeJob(id, seen::add);
        long bytes = 0;
        for (int i = 1; i <= 6; i++) {
            clock.advance(Duration.ofSeconds(5));
            bytes += 5 * GB;
            hub.report(id, bytes, 200 * GB, GB, clock.instant());
            poller.pollOnce();
        }
        clock.advance(Duration.ofSeconds(5));
        hub.report(id, bytes + 5 * GB / 4, 200 * GB, GB / 4, clock.instant());
        poller.pollOnce();

        long smoothed = seen.getLast().smoothedBytesPerSecond();
        assertThat(smoothed).isLessThan(GB).isGreaterThan(GB / 4);
    }

    @Test
    void a_running_job_without_any_telemetry_for_the_threshold_is_flagged_stalled() {
        live.subscribeJob(id, seen::add);
        poller.pollOnce();
        assertThat(live.job(id)).get().extracting(JobSnapshot::stalled).isEqualTo(false);

        clock.advance(properties.stallThreshold());
        poller.pollOnce();

        JobSnapshot s = live.job(id).orElseThrow();
        assertThat(s.stalled()).isTrue();
        assertThat(s.neverReported()).isTrue();
        assertThat(s.silentSince()).isEqualTo(START);
        assertThat(seen).as("published once when it became stalled, not on every poll").hasSize(2);
        clock.advance(Duration.ofMinutes(1));
        poller.pollOnce();
        assertThat(seen).hasSize(2);
    }

    @Test
    void a_job_whose_telemetry_stopped_is_flagged_stalled_and_cleared_when_it_resumes() {
        live.subscribeJob(id, seen::add);
        clock.advance(Duration.ofSeconds(5));
        Instant lastReport = clock.instant();
        hub.report(id, 5 * GB, 100 * GB, GB, lastReport);
        poller.pollOnce();
        clock.advance(properties.stallThreshold().minusSeconds(1));
        poller.pollOnce();
        assertThat(live.job(id).orElseThrow().stalled()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        poller.pollOnce();
        JobSnapshot stalled = live.job(id).orElseThrow();
        assertThat(stalled.stalled()).isTrue();
        assertThat(stalled.neverReported()).isFalse();
        assertThat(stalled.silentSince()).isEqualTo(lastReport);

        hub.report(id, 6 * GB, 100 * GB, GB, clock.instant());
        poller.pollOnce();
        assertThat(live.job(id).orElseThrow().stalled()).isFalse();
    }

    @Test
    void a_job_is_not_reporting_from_its_first_missed_report_and_loses_its_eta() {
        live.subscribeJob(id, seen::add);
        clock.advance(Duration.ofSeconds(5));
        hub.report(id, 40 * GB, 100 * GB, GB, clock.instant());
        poller.pollOnce();
        clock.advance(Duration.ofSeconds(5));
        Instant lastReport = clock.instant();
        hub.report(id, 45 * GB, 100 * GB, GB, lastReport);
        poller.pollOnce();
        assertThat(live.job(id).orElseThrow().eta()).isPresent();

        clock.advance(JobSnapshot.REPORT_OVERDUE.minusSeconds(1));
        poller.pollOnce();
        assertThat(live.job(id).orElseThrow().notReporting()).as("one report late, not yet missed").isFalse();

        clock.advance(Duration.ofSeconds(1));
        poller.pollOnce();
        JobSnapshot silent = live.job(id).orElseThrow();
        assertThat(silent.notReporting()).isTrue();
        assertThat(silent.stalled()).isFalse();
        assertThat(silent.silentSince()).isEqualTo(lastReport);
        assertThat(silent.silence(clock.instant())).contains(JobSnapshot.REPORT_OVERDUE);
        assertThat(silent.eta()).as("no ETA from a rate the hub no longer gives").isEmpty();
        assertThat(seen.getLast()).isEqualTo(silent);

        hub.report(id, 46 * GB, 100 * GB, GB, clock.instant());
        poller.pollOnce();
        assertThat(live.job(id).orElseThrow().notReporting()).isFalse();
        assertThat(live.job(id).orElseThrow().eta()).isPresent();
    }

    @Test
    void a_hub_clock_behind_the_consoles_does_not_flag_a_job_that_keeps_reporting() {
        Duration hubBehind = Duration.ofSeconds(30);
        live.subscribeJob(id, seen::add);
        for (int report = 1; report <= 5; report++) {
            clock.advance(Duration.ofSeconds(5));
            hub.report(id, report * GB, 100 * GB, GB, clock.instant().minus(hubBehind));
            poller.pollOnce();
            assertThat(live.job(id).orElseThrow().notReporting()).as("report %d", report).isFalse();
        }

        clock.advance(JobSnapshot.REPORT_OVERDUE);
        poller.pollOnce();
        assertThat(live.job(id).orElseThrow().notReporting()).as("then a report is missed").isTrue();
    }

    @Test
    void the_default_stall_threshold_flags_a_silent_job_well_before_the_hub_fails_it_after_five_minutes() {
        Duration hubFailsAfter = Duration.ofMinutes(5);
        assertThat(properties.stallThreshold()).isLessThanOrEqualTo(hubFailsAfter.dividedBy(2));

        live.subscribeJob(id, seen::add);
        clock.advance(Duration.ofSeconds(5));
        hub.report(id, 5 * GB, 100 * GB, GB, clock.instant());
        poller.pollOnce();
        clock.advance(properties.stallThreshold());
        poller.pollOnce();

        assertThat(live.job(id).orElseThrow().stalled()).isTrue();
    }

    @Test
    void board_watchers_see_running_and_finished_jobs_and_the_count() {
        List<JobBoard> boards = new CopyOnWriteArrayList<>();
        Registration r = live.subscribeJobs(boards::add);
        poller.pollOnce();
        assertThat(boards.getLast().activeCount()).isEqualTo(1);

        hub.finish(id, true, null, clock.instant());
        poller.pollOnce();
        assertThat(boards.getLast().activeCount()).isZero();
        assertThat(boards.getLast().finished()).hasSize(1);

        r.remove();
        assertThat(live.hasJobListeners()).isFalse();
    }

    @Test
    void an_unreachable_hub_keeps_the_last_state_and_the_poll_goes_on() {
        live.subscribeJob(id, seen::add);
        poller.pollOnce();
        hub.failWith(FakeHubClient.unreachable());
        poller.pollOnce();
        hub.failWith(null);
        clock.advance(Duration.ofSeconds(3));
        hub.report(id, GB, 10 * GB, GB, clock.instant());
        poller.pollOnce();

        assertThat(seen.getLast().backup().bytesTransferred()).isEqualTo(GB);
        assertThat(live.job(id).orElseThrow().active()).isTrue();
    }

    @Test
    void late_subscriber_gets_the_current_snapshot_at_once() {
        live.track(hub.backups.getFirst());
        poller.pollOnce();

        live.subscribeJob(id, seen::add);

        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().backup().status()).isEqualTo(BackupStatus.RUNNING);
    }
}
