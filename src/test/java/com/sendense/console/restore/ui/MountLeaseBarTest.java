package com.sendense.console.restore.ui;

import static com.sendense.console.restore.ui.RestoreUiTestSupport.PG_FULL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.component.CountdownBadge.Phase;
import com.sendense.console.hub.Mount;
import com.sendense.console.live.LiveTestSupport;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The file browser's lease bar, driven by the one ticker and a clock the test moves. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class MountLeaseBarTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    LiveUpdates live;
    @Autowired
    JdbcClient jdbc;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private MountRecord mount;
    private MountLeaseBar bar;

    @BeforeEach
    void a_mounted_disk_in_the_browser() {
        RestoreUiTestSupport.world(hub, clock, jdbc);
        mount = mounts.mount("pgtest1", PG_FULL, 1);
        bar = new MountLeaseBar(mount, () -> "/partition-1/Users/alice", mounts, live, clock);
        UI.getCurrent().add(bar);
    }

    @Test
    void shows_the_time_left_without_a_warning_for_most_of_the_hour() {
        assertThat(bar.countdown.getText()).isEqualTo("60 min left");
        tick(Duration.ofMinutes(30));

        assertThat(bar.countdown.getText()).isEqualTo("30 min left");
        assertThat(bar.countdown.phase()).isEqualTo(Phase.RUNNING);
        assertThat(bar.remount.isVisible()).isFalse();
        assertThat(bar.message.getText()).isEmpty();
    }

    @Test
    void warns_five_minutes_before_expiry_and_says_the_hub_cannot_extend() {
        tick(Duration.ofMinutes(55));

        assertThat(bar.countdown.getText()).isEqualTo("5 min left");
        assertThat(bar.countdown.phase()).isEqualTo(Phase.WARNING);
        assertThat(bar.message.getText()).contains("the hub cannot extend it");
        assertThat(bar.remount.isVisible()).isTrue();
        assertThat(bar.remount.getText()).isEqualTo("Remount now");
    }

    @Test
    void after_expiry_offers_remount_and_return_here() {
        tick(Duration.ofMinutes(60));

        assertThat(bar.countdown.getText()).isEqualTo("Expired");
        assertThat(bar.message.getText()).contains("has expired").contains("cannot extend");
        assertThat(bar.remount.getText()).isEqualTo("Remount and return here");
    }

    @Test
    void remount_mounts_the_same_disk_again_and_returns_to_the_same_folder_under_the_new_id() {
        tick(Duration.ofMinutes(61));

        test(bar.remount).click();
        RestoreUiTestSupport.finish(bar.pending);

        assertThat(hub.hubMounts).hasSize(1);
        Mount fresh = hub.hubMounts.getFirst();
        assertThat(fresh.id()).isNotEqualTo(mount.mountId());
        assertThat(fresh.backupId()).isEqualTo(PG_FULL.value());
        assertThat(fresh.diskIndex()).isEqualTo(1);
        assertThat(fresh.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(RestoreUiTestSupport.currentPath())
                .isEqualTo("restore/" + fresh.id().value() + "/files/partition-1/Users/alice");
    }

    @Test
    void a_failed_remount_is_explained_and_can_be_tried_again() {
        tick(Duration.ofMinutes(61));
        hub.mountFailures.add(new com.sendense.console.hub.HubConflictException("mount",
                com.sendense.console.hub.HubErrorCode.MOUNT_LIMIT_REACHED, 500,
                "maximum concurrent mounts reached (8/8)", null));

        test(bar.remount).click();
        RestoreUiTestSupport.finish(bar.pending);

        assertThat(bar.remount.isEnabled()).isTrue();
        assertThat(bar.remount.getText()).isEqualTo("Remount and return here");
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                .anySatisfy(n -> assertThat(n.getElement().getTextRecursively()).contains("All 8 restore slots"));
    }

    @Test
    void a_mount_made_outside_the_console_offers_no_remount_it_cannot_do() {
        Mount foreign = hub.addForeignMount("backup-x-1", 0);
        MountRecord record = mounts.find(foreign.id()).orElseThrow();
        bar = new MountLeaseBar(record, () -> "/", mounts, live, clock);
        UI.getCurrent().add(bar);

        tick(Duration.ofMinutes(61));

        assertThat(bar.remount.isVisible()).isFalse();
        assertThat(bar.message.getText()).contains("has expired")
                .contains("made outside this console")
                .contains("start a restore");
    }

    private void tick(Duration sinceMount) {
        clock.set(mount.createdAt().plus(sinceMount));
        LiveTestSupport.tick(live, clock.instant());
        MockVaadin.clientRoundtrip();
    }
}
