package com.sendense.console.restore;

import static com.sendense.console.restore.RestoreFixture.PG_FULL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.testsupport.FakeHubClient;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
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
    void a_mount_another_session_still_browses_stays() {
        f.usage.use(mount.mountId(), "session-2/ui-1");
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();

        f.clock.advance(Duration.ofMinutes(10));
        f.sweeper.sweepOnce();

        assertThat(f.hub.hubMounts).hasSize(1);
        assertThat(f.usage.usedByOthers(mount.mountId(), "session-1/ui-1")).isTrue();
    }

    @Test
    void coming_back_within_the_grace_period_keeps_the_mount() {
        f.usage.use(mount.mountId(), "session-1/ui-1").remove();
        f.clock.advance(Duration.ofMinutes(1));
        Registration back = f.usage.use(mount.mountId(), "session-1/ui-2");

        f.clock.advance(Duration.ofMinutes(5));
        f.sweeper.sweepOnce();
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

        f.clock.advance(Duration.ofMinutes(30));
        f.sweeper.sweepOnce();
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
        f.clock.advance(Duration.ofMinutes(5));
        f.sweeper.sweepOnce();
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

        assertThat(f.usage.users(mount.mountId())).extracting(MountUsage.User::username).containsExactly("operator", "alice");
    }
}
