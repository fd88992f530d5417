package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every change that must end a user's sessions stamps the account and announces it; harmless edits do not. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class SessionsEndWithTheAccountTest {

    @Autowired
    UserService users;
    @Autowired
    UserRepository repository;
    @Autowired
    AccountStamps stamps;
    @Autowired
    ApplicationEvents events;

    UserAccount helpdesk;
    long signedInWith;

    @BeforeEach
    void a_signed_in_help_desk_user() {
        String name = "hd-" + UUID.randomUUID().toString().substring(0, 8);
        helpdesk = users.create(new NewUser(name, "Help Desk", "long-enough-pw", Role.HELPDESK, List.of("web-*")));
        signedInWith = repository.findCredentials(name).orElseThrow().securityVersion();
        events.clear();
    }

    void assertSessionsEnd(Consumer<UserAccount> change) {
        assertThat(stamps.isCurrent(helpdesk.username(), signedInWith)).isTrue();

        change.accept(helpdesk);

        assertThat(stamps.isCurrent(helpdesk.username(), signedInWith)).as("a stale session is refused").isFalse();
        assertThat(events.stream(AccountChanged.class)).containsExactly(new AccountChanged(helpdesk.username()));
    }

    @Test
    void disabling_ends_the_sessions() {
        assertSessionsEnd(u -> users.setEnabled(u.id(), false));
    }

    @Test
    void deleting_ends_the_sessions() {
        assertSessionsEnd(u -> users.delete(u.id()));
    }

    @Test
    void a_new_role_ends_the_sessions() {
        assertSessionsEnd(u -> users.update(u.id(), UserUpdate.of(u).withRole(Role.OPERATOR)));
    }

    @Test
    void a_new_vm_scope_ends_the_sessions() {
        assertSessionsEnd(u -> users.setScope(u.id(), List.of("web-*", "sql-*")));
    }

    @Test
    void a_reset_password_ends_the_sessions() {
        assertSessionsEnd(u -> users.resetPassword(u.id(), "another-long-pw"));
    }

    @Test
    void a_new_display_name_or_the_same_scope_keeps_them() {
        stamps.isCurrent(helpdesk.username(), signedInWith);
        users.update(helpdesk.id(), new UserUpdate("Help Desk Two", Role.HELPDESK, true, List.of("web-*")));
        users.setScope(helpdesk.id(), List.of("web-*"));

        assertThat(repository.findCredentials(helpdesk.username()).orElseThrow().securityVersion())
                .isEqualTo(signedInWith);
        assertThat(events.stream(AccountChanged.class)).isEmpty();
    }

    @Test
    void a_change_made_by_another_console_instance_ends_the_session_here_within_the_cache_time() {
        var clock = new com.sendense.console.testsupport.MutableClock(java.time.Instant.parse("2026-11-20T09:00:00Z"));
        var here = new AccountStamps(repository, clock);
        assertThat(here.isCurrent(helpdesk.username(), signedInWith)).isTrue();

        // Another instance on the same database: no event reaches this one, only the stamp changes.
        repository.bumpSecurityVersion(helpdesk.id());
        clock.advance(AccountStamps.CACHE);

        assertThat(here.isCurrent(helpdesk.username(), signedInWith)).isFalse();
    }
}
