package com.sendense.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubProperties;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.vaadin.flow.shared.Registration;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HubPollerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final FakeHubClient hub = new FakeHubClient();
    private final LiveUpdates live = new LiveUpdates(HubProperties.forUrl(URI.create("http://hub:8082")), clock,
            Runnable::run);
    private final HubPoller poller = new HubPoller(hub, live, HubProperties.forUrl(URI.create("http://hub:8082")),
            clock);
    private final List<HubStatus> received = new CopyOnWriteArrayList<>();

    @Test
    void checks_once_at_start_then_stays_idle_while_nobody_watches() {
        poller.pollOnce();
        clock.advance(HubPoller.HEALTH_INTERVAL_WHEN_UP);
        poller.pollOnce();
        poller.pollOnce();

        assertThat(hub.healthCalls).hasValue(1);
        assertThat(live.hubStatus().state()).isEqualTo(HubStatus.State.UP);
    }

    @Test
    void subscriber_gets_the_current_status_at_once_and_then_up() {
        live.subscribeHubStatus(received::add);
        poller.pollOnce();

        assertThat(received).extracting(HubStatus::state).containsExactly(HubStatus.State.UNKNOWN, HubStatus.State.UP);
        assertThat(received.getLast().version()).isEqualTo("1.0.0");
    }

    @Test
    void many_subscribers_cost_one_hub_call_per_poll() {
        for (int i = 0; i < 50; i++) {
            live.subscribeHubStatus(s -> {});
        }
        poller.pollOnce();

        assertThat(hub.healthCalls).hasValue(1);
    }

    @Test
    void while_up_health_is_checked_only_every_fifteen_seconds() {
        live.subscribeHubStatus(received::add);
        poller.pollOnce();
        clock.advance(Duration.ofSeconds(3));
        poller.pollOnce();
        clock.advance(HubPoller.HEALTH_INTERVAL_WHEN_UP);
        poller.pollOnce();

        assertThat(hub.healthCalls).hasValue(2);
    }

    @Test
    void outage_is_published_once_and_recovery_clears_it() {
        live.subscribeHubStatus(received::add);
        poller.pollOnce();
        hub.failWith(FakeHubClient.unreachable());
        clock.advance(HubPoller.HEALTH_INTERVAL_WHEN_UP);
        poller.pollOnce();
        Instant downSince = clock.instant();
        clock.advance(Duration.ofSeconds(3));
        poller.pollOnce();
        hub.failWith(null);
        clock.advance(Duration.ofSeconds(3));
        poller.pollOnce();

        assertThat(received).extracting(HubStatus::state)
                .containsExactly(HubStatus.State.UNKNOWN, HubStatus.State.UP, HubStatus.State.DOWN, HubStatus.State.UP);
        HubStatus down = received.get(2);
        assertThat(down.since()).isEqualTo(downSince);
        assertThat(down.problem()).isNotNull();
        assertThat(received.getLast().problem()).isNull();
        assertThat(hub.healthCalls).as("while down the hub is checked every poll").hasValue(4);
    }

    @Test
    void removed_subscription_gets_nothing_more() {
        poller.pollOnce();
        Registration registration = live.subscribeHubStatus(received::add);
        registration.remove();
        hub.failWith(FakeHubClient.unreachable());
        clock.advance(HubPoller.HEALTH_INTERVAL_WHEN_UP);
        poller.pollOnce();

        assertThat(received).hasSize(1);
        assertThat(hub.healthCalls).as("nobody watches any more").hasValue(1);
    }

    @Test
    void a_failing_listener_does_not_stop_the_others() {
        live.subscribeHubStatus(s -> {
            if (s.state() == HubStatus.State.UP) {
                throw new IllegalStateException("broken UI");
            }
        });
        live.subscribeHubStatus(received::add);
        poller.pollOnce();

        assertThat(received).extracting(HubStatus::state).contains(HubStatus.State.UP);
    }

    @Test
    void ticker_is_idle_without_countdowns_and_ticks_subscribers() {
        var ticker = new Ticker(live, clock);
        List<Instant> ticks = new CopyOnWriteArrayList<>();
        ticker.tick();
        Registration r = live.subscribeTicks(ticks::add);
        ticker.tick();
        clock.advance(Duration.ofSeconds(1));
        ticker.tick();
        r.remove();
        ticker.tick();

        assertThat(ticks).containsExactly(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:00:01Z"));
    }

    @Test
    void mounts_are_not_read_while_nobody_watches_them() {
        poller.pollOnce();
        clock.advance(HubPoller.MOUNTS_INTERVAL);
        poller.pollOnce();

        assertThat(live.mountsSnapshot()).isEmpty();
    }

    @Test
    void a_mounts_watcher_gets_them_at_once_then_only_changes_at_the_slow_cadence() {
        List<MountsSnapshot> snapshots = new CopyOnWriteArrayList<>();
        live.subscribeMounts(snapshots::add);
        poller.pollOnce();
        hub.addForeignMount("backup-a-1", 0);
        clock.advance(Duration.ofSeconds(3));
        poller.pollOnce();
        assertThat(snapshots).as("not due yet").hasSize(1);

        clock.advance(HubPoller.MOUNTS_INTERVAL);
        poller.pollOnce();
        clock.advance(HubPoller.MOUNTS_INTERVAL);
        poller.pollOnce();

        assertThat(snapshots).hasSize(2);
        assertThat(snapshots.getFirst().mounts()).isEmpty();
        assertThat(snapshots.getLast().mounts()).hasSize(1);
        assertThat(snapshots.getLast().resources().availableSlots()).isEqualTo(7);
    }

    @Test
    void a_refresh_request_reads_mounts_at_the_next_poll() {
        List<MountsSnapshot> snapshots = new CopyOnWriteArrayList<>();
        live.subscribeMounts(snapshots::add);
        poller.pollOnce();
        hub.addForeignMount("backup-a-1", 0);

        live.requestMountsRefresh();
        clock.advance(Duration.ofSeconds(1));
        poller.pollOnce();

        assertThat(snapshots).hasSize(2);
        assertThat(live.mountsSnapshot().orElseThrow().mounts()).hasSize(1);
    }

    @Test
    void a_late_watcher_gets_the_last_snapshot_without_waiting() {
        live.subscribeMounts(s -> {});
        poller.pollOnce();
        List<MountsSnapshot> late = new CopyOnWriteArrayList<>();

        live.subscribeMounts(late::add);

        assertThat(late).hasSize(1);
    }
}
