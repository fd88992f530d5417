package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.MountId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code restore_mount_usage} SQL once per database ({@link MountUsageRowsOnH2Test},
 * {@link MountUsageRowsOnPostgresTest}): what is live, what is idle since when, and that a claim
 * succeeds once.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class MountUsageRowsContractTest {

    static final Instant T = Instant.parse("2026-11-24T10:15:30.123456Z");
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    static final MountId MOUNT = new MountId("0b6f3c52-usage-contract");

    @Autowired
    MountUsageRows rows;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty_table() {
        jdbc.sql("DELETE FROM restore_mount_usage").update();
    }

    @Test
    void a_use_is_live_until_released_or_silent_for_the_timeout() {
        rows.use(MOUNT, "s1/1", "instance-a", "alice", T);
        rows.use(MOUNT, "s2/1", "instance-b", "bob", T.plusSeconds(5));

        assertThat(rows.live(MOUNT, T.minus(TIMEOUT))).extracting(MountUsage.User::username)
                .containsExactly("alice", "bob");
        assertThat(rows.live(MOUNT, T.plusSeconds(3))).as("alice silent since T")
                .extracting(MountUsage.User::holderId)
                .containsExactly("s2/1");
        rows.seen(MOUNT, "s1/1", T.plus(TIMEOUT));
        rows.release(MOUNT, "s2/1", T.plus(TIMEOUT));
        assertThat(rows.live(MOUNT, T.plusSeconds(10))).extracting(MountUsage.User::holderId).containsExactly("s1/1");
        assertThat(rows.idle(T.plusSeconds(10))).isEmpty();
    }

    @Test
    void a_mount_is_idle_since_its_last_release_or_last_heartbeat_and_is_claimed_once() {
        rows.use(MOUNT, "s1/1", "instance-a", "alice", T);
        rows.use(MOUNT, "s2/1", "instance-b", "bob", T);
        rows.release(MOUNT, "s1/1", T.plusSeconds(10));
        rows.seen(MOUNT, "s2/1", T.plusSeconds(30));

        Instant now = T.plusSeconds(30).plus(TIMEOUT);
        assertThat(rows.idle(now.minus(TIMEOUT))).containsEntry(MOUNT, T.plusSeconds(30));
        assertThat(rows.claimIdle(MOUNT, T.plusSeconds(29), now.minus(TIMEOUT))).as("not idle that long").isFalse();
        assertThat(rows.claimIdle(MOUNT, T.plusSeconds(30), now.minus(TIMEOUT))).isTrue();
        assertThat(rows.claimIdle(MOUNT, T.plusSeconds(30), now.minus(TIMEOUT))).as("the other instance's sweep")
                .isFalse();
        assertThat(rows.idle(now.minus(TIMEOUT))).isEmpty();
    }

    @Test
    void a_live_use_blocks_the_claim_and_a_released_holder_comes_back() {
        rows.use(MOUNT, "s1/1", "instance-a", "alice", T);
        rows.release(MOUNT, "s1/1", T.plusSeconds(1));
        rows.use(MOUNT, "s1/1", "instance-b", "alice", T.plusSeconds(200));

        assertThat(rows.claimIdle(MOUNT, T.plusSeconds(100), T.plusSeconds(200).minus(TIMEOUT))).isFalse();
        assertThat(rows.live(MOUNT, T.plusSeconds(200).minus(TIMEOUT))).singleElement()
                .satisfies(u -> assertThat(u.since()).isEqualTo(T.plusSeconds(200)));
    }

    @Test
    void an_unclaimed_mount_is_idle_again_since_the_old_time() {
        rows.unclaim(MOUNT, T, "instance-a");
        rows.unclaim(MOUNT, T, "instance-b");

        assertThat(rows.idle(T.plusSeconds(300))).containsEntry(MOUNT, T);
        rows.forget(MOUNT);
        assertThat(rows.idle(T.plusSeconds(300))).isEmpty();
    }
}
