package com.sendense.console.users;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts, one per role with a password published in the README. They exist only while
 * the console runs against the demo hub: {@link #ensure()} creates them (marked {@code demo}) and
 * {@link #removeAll()} deletes every marked one on any other start. A real user who has one of
 * these names is never marked, so never touched.
 */
@Component
class DemoUsers {

    static final List<DemoUser> ACCOUNTS = List.of(
            new DemoUser("operator", "Demo Operator", "operator-demo-pw", Role.OPERATOR, List.of()),
            new DemoUser("helpdesk", "Demo Help Desk", "helpdesk-demo-pw", Role.HELPDESK,
                    List.of("web-*", "web *", "pgtest*")),
            new DemoUser("manager", "Demo Manager", "manager-demo-pw", Role.MANAGER, List.of()));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoUsers(UserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder, ObjectProvider<Clock> clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    record DemoUser(String username, String displayName, String password, Role role, List<String> scope) {}

    /** Creates the demo accounts that do not exist yet; an existing real user of the same name stays as it is. */
    void ensure() {
        ACCOUNTS.forEach(this::create);
    }

    /** Deletes every account marked as a demo account, and says so at WARN; the names of those deleted. */
    @Transactional
    List<String> removeAll() {
        List<String> names = jdbc.sql("SELECT username FROM users WHERE demo = TRUE ORDER BY username")
                .query(String.class)
                .list();
        if (!names.isEmpty()) {
            // Scope, preferences and repository choice go with ON DELETE CASCADE; the audit keeps the name.
            jdbc.sql("DELETE FROM users WHERE demo = TRUE").update();
            log.warn("Demo accounts deleted: {}. They have published passwords and exist only while the console runs"
                    + " its demo hub; this start uses a real hub (hub.base-url).", String.join(", ", names));
        }
        return names;
    }

    private void create(DemoUser demo) {
        if (users.existsByUsername(demo.username())) {
            return;
        }
        try {
            long id = users.insert(demo.username(), demo.displayName(), passwordEncoder.encode(demo.password()),
                    demo.role(), true, clock.instant());
            jdbc.sql("UPDATE users SET demo = TRUE WHERE id = :id").param("id", id).update();
            users.replaceScope(id, VmScope.normalize(demo.scope()));
            log.warn(
                    "Demo user created: {} / {} ({}) — demo hub only, deleted when the console starts against a real hub",
                    demo.username(), demo.password(), demo.role());
        } catch (DuplicateKeyException e) {
            log.debug("Demo user {} was created concurrently", demo.username());
        }
    }
}
