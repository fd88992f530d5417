package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.testsupport.MutableClock;
import com.sendense.reliability.BadInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Brute force: per name and per address, in the database, with a clock the test moves. */
@SpringBootTest
@ActiveProfiles("test")
class SignInThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    static final String HOME = "10.0.0.7";

    @Autowired
    SignInThrottleRepository repository;
    @Autowired
    SignInThrottle bean;
    @Autowired
    JdbcClient jdbc;

    final MutableClock clock = new MutableClock(T0);
    SignInThrottle throttle;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        jdbc.sql("DELETE FROM sign_in_audit").update();
        throttle = new SignInThrottle(repository,
                new SignInProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
    }

    void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    @BadInput("brute force")
    void five_failures_of_one_name_lock_it_for_fifteen_minutes_then_it_may_try_again() {
        fail("Operator", HOME, 4);
        assertThat(throttle.lockedUntil("operator", "10.9.9.9")).isEmpty();

        Instant fifth = clock.instant();
        fail("operator", HOME, 1);

        // Locked by name, from any address, whatever case it is typed in.
        assertThat(throttle.lockedUntil(" OPERATOR", "10.9.9.9")).contains(fifth.plus(Duration.ofMinutes(15)));
        clock.set(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(throttle.lockedUntil("operator", "10.9.9.9")).isPresent();
        clock.set(fifth.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("operator", "10.9.9.9")).isEmpty();

        // After the lock, counting starts again from zero.
        fail("operator", HOME, 1);
        assertThat(throttle.lockedUntil("operator", "10.9.9.9")).isEmpty();
    }

    @Test
    @BadInput("brute force")
    void failures_older_than_the_window_do_not_count() {
        fail("alice", HOME, 4);
        clock.advance(Duration.ofMinutes(16));
        fail("alice", HOME, 4);

        assertThat(throttle.lockedUntil("alice", HOME)).isEmpty();
    }

    @Test
    @BadInput("brute force")
    void a_name_that_does_not_exist_is_locked_the_same_way_so_a_lock_reveals_nothing() {
        fail("nobody-here", HOME, 5);

        assertThat(throttle.lockedUntil("nobody-here", "10.9.9.9")).isPresent();
        assertThat(throttle.lockedUntil("operator", "10.9.9.9")).isEmpty();
    }

    @Test
    @BadInput("brute force")
    void one_address_trying_many_names_is_locked_and_a_success_does_not_reset_it() {
        for (int i = 0; i < 19; i++) {
            fail("name-" + i, HOME, 1);
        }
        // The attacker's own account signs in fine: the address keeps its count for the other names.
        throttle.succeeded("operator", HOME);
        fail("name-19", HOME, 1);

        assertThat(throttle.lockedUntil("someone-new", HOME)).isPresent();
        assertThat(throttle.lockedUntil("someone-new", "10.9.9.9")).isEmpty();
    }

    @Test
    void a_success_clears_its_own_name() {
        fail("operator", HOME, 4);
        throttle.succeeded("operator", HOME);
        fail("operator", HOME, 4);

        assertThat(throttle.lockedUntil("operator", HOME)).isEmpty();
    }

    @Test
    @BadInput("brute force")
    void failures_lockouts_and_refused_attempts_are_in_the_sign_in_audit_and_admins_see_the_lock() {
        fail("mallory", HOME, 5);
        throttle.refusedWhileLocked("mallory", HOME);

        assertThat(repository.auditEvents("mallory")).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED",
                "LOCKED", "REFUSED_LOCKED");
        assertThat(throttle.activeLocks()).extracting(SignInLock::subject).containsExactly("user:mallory");
    }

    @Test
    @BadInput("brute force")
    void a_huge_or_control_character_name_is_bounded_in_the_audit_and_the_counter() {
        String hostile = "x\u0000\r\n".repeat(5000);
        fail(hostile, HOME, 5);

        assertThat(throttle.lockedUntil(hostile, "10.9.9.9")).isPresent();
        assertThat(jdbc.sql("SELECT MAX(LENGTH(username)) FROM sign_in_audit").query(Integer.class).single())
                .isLessThanOrEqualTo(64);
    }

    @Test
    @BadInput("forged request across roles")
    @WithMockUser(username = "operator", roles = Roles.OPERATOR)
    void only_administrators_may_list_the_locks() {
        assertThatThrownBy(bean::activeLocks).isInstanceOf(AccessDeniedException.class);
    }
}
