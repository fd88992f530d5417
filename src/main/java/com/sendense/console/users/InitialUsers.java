package com.sendense.console.users;

import com.sendense.console.base.i18n.Languages;

import com.sendense.console.base.i18n.Messages;

import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in. On first start (empty user table) it creates {@code admin}
 * with the password from {@code console.admin.initial-password}, or a generated one that is logged
 * exactly once. With {@code console.demo-users=true} (only ever set with the demo hub) it also
 * creates the {@link DemoUsers} that do not exist yet; otherwise it deletes them.
 */
@Component
class InitialUsers implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final UsersProperties properties;
    private final DemoUsers demoUsers;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InitialUsers(UserRepository users, PasswordEncoder passwordEncoder, UsersProperties properties, DemoUsers demoUsers,
            ObjectProvider<Clock> clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.demoUsers = demoUsers;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            createInitialAdmin();
        }
        if (properties.demoUsers()) {
            demoUsers.ensure();
        } else {
            demoUsers.removeAll();
        }
    }

    private void createInitialAdmin() {
        String configured = properties.admin().initialPassword();
        boolean generated = configured.isEmpty();
        if (!generated) {
            UserRules.checkPassword(configured).ifPresent(error -> {
                throw new IllegalStateException(
                        "console.admin.initial-password (CONSOLE_ADMIN_PASSWORD) is not usable: "
                                + Messages.get(Languages.DEFAULT, error));
            });
        }
        String password = generated ? generatePassword() : configured;
        try {
            users.insert(ADMIN_USERNAME, "Administrator", passwordEncoder.encode(password), Role.ADMIN, true,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            log.info("Initial administrator was created by another instance sharing the database");
            return;
        }
        if (generated) {
            log.warn("""

                    ==========================================================================================
                    Initial administrator created: user {}, password {}; change it in Administration → Users
                    (This password is shown only this once. Set CONSOLE_ADMIN_PASSWORD to choose it instead.)
                    ==========================================================================================""",
                    ADMIN_USERNAME, password);
        } else {
            log.warn("Initial administrator created: user {}, password from console.admin.initial-password;"
                    + " change it in Administration → Users", ADMIN_USERNAME);
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
