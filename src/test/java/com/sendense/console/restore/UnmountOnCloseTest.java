package com.sendense.console.restore;

import static com.sendense.console.restore.RestoreFixture.PG_FULL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.testsupport.FakeHubClient;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Closing the file browser frees the hub's slot after the grace period (2 min here), never sooner. */
class UnmountOnCloseTest {

    private final RestoreFixture f = new RestoreFixture();
    private final MountRecord mount = f.service.mount("pgtest1", PG_FULL, 0);

    @Test
    void a_mount_left_by_its_only_browser_is_unmounted_once_the_grace_period_is_over() {
        Registration browser = f.usage.use(mount.mountId(), "session-1/ui-1");
        browser.remove();

        f.clock.advance(Duration.ofSeconds(119));
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).as("still within the grace period").hasSize(1);

        f.clock.advance(Duration.ofSeconds(1));
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).isEmpty();
        assertThat(f.bookkeeping.find(mount.mountId())).isEmpty();
        assertThat(f.usage.idleSince(mount.mountId())).isEmpty();
    }

    @Test
    void an_instance_shutting_down_ends_its_uses_at_once_and_later_releases_touch_no_database() {
        Registration browser = f.usage.use(mount.mountId(), "session-1/ui-1");

        f.usage.releaseAllAtShutdown();
        assertThat(f.jdbc.sql("SELECT released_at FROM restore_mount_usage").query(Instant.class).list())
                .as("released when the instance began to shut down")
                .hasSize(1)
                .doesNotContainNull();

        // Vaadin destroys the sessions after the pool has closed: any database call would now fail.
        f.jdbc.sql("ALTER TABLE restore_mount_usage RENAME TO restore_mount_usage_closed").update();
        try {
            browser.remove();
            f.usage.endSession("session-1");
            f.usage.seen("session-1");
        } finally {
            f.jdbc.sql("ALTER TABLE restore_mount_usage_closed RENAME TO restore_mount_usage").update();
        }
    }

    @Test
    void a_mount_another_session_still_browses_stays() {
        f.usage.use(mount.mountId(), "session-2/ui-1");
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();

        browseWithHeartbeats("session-2", Duration.ofMinutes(10));

        assertThat(f.hub.hubMounts).hasSize(1);
        assertThat(f.usage.usedByOthers(mount.mountId(), "session-1/ui-1")).isTrue();
    }

    @Test
    void coming_back_within_the_grace_period_keeps_the_mount() {
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();
        f.clock.advance(Duration.ofMinutes(1));
        Registration back = f.usage.use(mount.mountId(), "session-1/ui-2");

        browseWithHeartbeats("session-1", Duration.ofMinutes(5));
        assertThat(f.hub.hubMounts).hasSize(1);

        back.remove();
        f.clock.advance(Duration.ofMinutes(2));
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).as("the grace period starts again when the last user leaves").isEmpty();
    }

    @Test
    void a_running_download_queue_keeps_the_mount_after_the_browser_closed() {
        Registration downloads = f.usage.use(mount.mountId(), "session-1/downloads");
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();

        browseWithHeartbeats("session-1", Duration.ofMinutes(30));
        assertThat(f.hub.hubMounts).hasSize(1);

        downloads.remove();
        f.clock.advance(Duration.ofMinutes(2));
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).isEmpty();
    }

    @Test
    void a_mount_nobody_has_browsed_is_left_to_expire() {
        f.clock.advance(Duration.ofMinutes(30));
        f.sweeper.sweepOnce();

        assertThat(f.hub.hubMounts).hasSize(1);
        assertThat(f.hub.unmountCalls).hasValue(0);
    }

    @Test
    void the_same_holder_registered_twice_needs_both_removed_and_removing_twice_is_harmless() {
        Registration first = f.usage.use(mount.mountId(), "session-1/ui-1");
        Registration second = f.usage.use(mount.mountId(), "session-1/ui-1");
        first.remove();
        first.remove();
        browseWithHeartbeats("session-1", Duration.ofMinutes(5));
        assertThat(f.hub.hubMounts).hasSize(1);

        second.remove();
        f.clock.advance(Duration.ofMinutes(2));
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).isEmpty();
    }

    @Test
    void an_unreachable_hub_is_tried_again_at_the_next_sweep() {
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();
        f.clock.advance(Duration.ofMinutes(3));
        f.hub.failWith(FakeHubClient.unreachable());
        f.sweeper.sweepOnce();
        assertThat(f.usage.idleSince(mount.mountId())).isPresent();

        f.hub.failWith(null);
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).isEmpty();
    }

    @Test
    void a_mount_already_gone_from_the_hub_is_simply_forgotten() {
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();
        f.hub.hubMounts.clear();
        f.clock.advance(Duration.ofMinutes(3));

        f.sweeper.sweepOnce();

        assertThat(f.usage.idleSince(mount.mountId())).isEmpty();
        assertThat(f.bookkeeping.find(mount.mountId())).isEmpty();
    }

    @Test
    void holders_are_listed_with_their_user() {
        f.usage.use(mount.mountId(), "session-1/ui-1");
        f.signIn("alice", com.sendense.console.users.VmScope.ALL);
        f.clock.advance(Duration.ofSeconds(5));
        f.usage.use(mount.mountId(), "session-2/ui-1");

        assertThat(f.usage.users(mount.mountId())).extracting(MountUsage.User::username)
                .containsExactly("operator", "alice");
    }
    @Test
    void a_browser_that_stops_sending_heartbeats_lets_its_mount_go_without_closing_its_tab() {
        f.usage.use(mount.mountId(), "session-1/ui-1");
        browseWithHeartbeats("session-1", Duration.ofMinutes(20));
        assertThat(f.hub.hubMounts).as("a live tab keeps its mount however long it browses").hasSize(1);
        Instant lastHeartbeat = f.clock.instant();

        // The browser crashed: no unload, no more heartbeats, and the server still has its UI.
        f.clock.advance(MountUsage.DEFAULT_TIMEOUT);
        assertThat(f.usage.users(mount.mountId())).as("three missed heartbeats").isEmpty();
        assertThat(f.usage.idleSince(mount.mountId())).contains(lastHeartbeat);
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).as("still within the grace period after the last heartbeat").hasSize(1);

        f.clock.set(lastHeartbeat.plus(f.properties.unmountGrace()));
        f.sweeper.sweepOnce();
        assertThat(f.hub.hubMounts).isEmpty();
    }

    @Test
    void a_destroyed_session_ends_its_uses_at_once() {
        f.usage.use(mount.mountId(), "session-1/ui-1");
        f.usage.use(mount.mountId(), "session-1");
        f.usage.use(mount.mountId(), "session-10/ui-1");

        f.usage.endSession("session-1");

        assertThat(f.usage.users(mount.mountId())).extracting(MountUsage.User::holderId)
                .containsExactly("session-10/ui-1");
    }

    @Test
    void usage_is_shared_through_the_database_so_another_console_instance_does_not_unmount_a_mount_in_use() {
        MountUsage first = f.usage;
        f.restart();
        UnmountOnClose secondSweep = f.sweeper;
        first.use(mount.mountId(), "session-1/ui-1");

        for (int i = 0; i < 20; i++) {
            f.clock.advance(Duration.ofSeconds(30));
            first.seen("session-1");
            secondSweep.sweepOnce();
        }
        assertThat(f.usage.users(mount.mountId())).as("seen from the second instance").hasSize(1);
        assertThat(f.hub.hubMounts).hasSize(1);

        f.clock.advance(f.properties.unmountGrace());
        secondSweep.sweepOnce();
        assertThat(f.hub.hubMounts).as("the first instance's tab went silent").isEmpty();
    }

    @Test
    void a_tab_that_comes_back_after_missing_heartbeats_holds_its_mount_again() {
        Registration tab = f.usage.use(mount.mountId(), "session-1/ui-1");
        f.clock.advance(Duration.ofMinutes(1).plus(MountUsage.DEFAULT_TIMEOUT));
        assertThat(f.usage.users(mount.mountId())).isEmpty();

        tab.remove();
        f.usage.use(mount.mountId(), "session-1/ui-1");

        assertThat(f.usage.users(mount.mountId())).hasSize(1);
        assertThat(f.usage.idleSince(mount.mountId())).isEmpty();
    }

    /** A tab of {@code session} that stays open: a heartbeat every 30 s and a sweep after each. */
    private void browseWithHeartbeats(String session, Duration howLong) {
        for (Duration d = Duration.ZERO; d.compareTo(howLong) < 0; d = d.plusSeconds(30)) {
            f.clock.advance(Duration.ofSeconds(30));
            f.usage.seen(session);
            f.sweeper.sweepOnce();
        }
    }
}
