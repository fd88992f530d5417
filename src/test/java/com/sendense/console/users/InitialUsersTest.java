package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class InitialUsersTest {

    private static final Pattern GENERATED = Pattern
            .compile("Initial administrator created: user admin, password (\\S+); change it in Administration → Users");

    @Autowired
    UserRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectProvider<Clock> clock;
    @Autowired
    InitialUsers configuredByTestProfile;
    @Autowired
    DemoUsers demoUsers;

    @BeforeEach
    void empty_user_table() {
        jdbc.sql("DELETE FROM users").update();
    }

    @AfterEach
    void back_to_the_test_profile_admin() {
        jdbc.sql("DELETE FROM users").update();
        configuredByTestProfile.run(null);
    }

    @Test
    void first_start_without_a_configured_password_generates_one_and_logs_it_once(CapturedOutput output) {
        InitialUsers initial = initialUsers("", false);

        initial.run(null);
        initial.run(null);

        Matcher m = GENERATED.matcher(output.getOut());
        assertThat(m.find()).as("the generated password is logged").isTrue();
        String password = m.group(1);
        assertThat(m.find()).as("and only once").isFalse();
        assertThat(password).hasSize(20);
        assertThat(passwordEncoder.matches(password, adminHash())).isTrue();
        assertThat(repository.findByUsername("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(repository.count()).isOne();
    }

    @Test
    void first_start_with_a_configured_password_uses_it_and_does_not_log_it(CapturedOutput output) {
        initialUsers("my-chosen-secret", false).run(null);

        assertThat(passwordEncoder.matches("my-chosen-secret", adminHash())).isTrue();
        assertThat(output.getOut())
                .contains("Initial administrator created: user admin, password from console.admin.initial-password")
                .doesNotContain("my-chosen-secret");
    }

    @Test
    void a_configured_password_that_breaks_the_rules_stops_the_start() {
        assertThatThrownBy(() -> initialUsers("short", false).run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONSOLE_ADMIN_PASSWORD")
                .hasMessageContaining("at least 10 characters");
        assertThat(repository.count()).isZero();
    }

    @Test
    void an_existing_user_table_is_left_alone(CapturedOutput output) {
        configuredByTestProfile.run(null);
        String hash = adminHash();

        initialUsers("", false).run(null);

        assertThat(adminHash()).isEqualTo(hash);
        assertThat(output.getOut()).doesNotContainPattern(GENERATED.pattern());
    }

    @Test
    void demo_users_get_one_account_per_role_with_documented_passwords_once() {
        InitialUsers demo = initialUsers("admin-demo-pw", true);

        demo.run(null);
        demo.run(null);

        assertThat(repository.findAll()).extracting(UserAccount::username, UserAccount::role)
                .containsExactly(tuple("admin", Role.ADMIN), tuple("helpdesk", Role.HELPDESK),
                        tuple("manager", Role.MANAGER), tuple("operator", Role.OPERATOR));
        for (DemoUsers.DemoUser user : DemoUsers.ACCOUNTS) {
            String hash = repository.findCredentials(user.username()).orElseThrow().passwordHash();
            assertThat(passwordEncoder.matches(user.password(), hash)).as(user.username()).isTrue();
        }
        assertThat(repository.findByUsername("helpdesk").orElseThrow().scopePatterns()).containsExactly("pgtest*",
                "web *", "web-*");
    }

    @Test
    void demo_users_are_added_to_an_existing_database_without_touching_others() {
        configuredByTestProfile.run(null);
        String hash = adminHash();

        initialUsers("", true).run(null);

        assertThat(adminHash()).isEqualTo(hash);
        assertThat(repository.findAll()).extracting(UserAccount::username)
                .containsExactly("admin", "helpdesk", "manager", "operator");
    }

    @Test
    void a_start_without_demo_users_deletes_the_demo_accounts_and_says_so(CapturedOutput output) {
        initialUsers("admin-demo-pw", true).run(null);

        initialUsers("admin-demo-pw", false).run(null);

        assertThat(repository.findAll()).extracting(UserAccount::username).containsExactly("admin");
        assertThat(output.getOut()).contains("WARN").contains("Demo accounts deleted: helpdesk, manager, operator");
    }

    @Test
    void a_real_user_named_like_a_demo_account_is_never_touched(CapturedOutput output) {
        configuredByTestProfile.run(null);
        long id = repository.insert("operator", "Olga Operator", passwordEncoder.encode("olgas-own-secret"),
                Role.OPERATOR, true, clock.getObject().instant());

        initialUsers("", true).run(null);
        initialUsers("", false).run(null);

        UserAccount olga = repository.findByUsername("operator").orElseThrow();
        assertThat(olga.id()).isEqualTo(id);
        assertThat(olga.displayName()).isEqualTo("Olga Operator");
        assertThat(passwordEncoder.matches("olgas-own-secret",
                repository.findCredentials("operator").orElseThrow().passwordHash())).isTrue();
        assertThat(repository.findAll()).extracting(UserAccount::username).containsExactly("admin", "operator");
        assertThat(output.getOut()).contains("Demo accounts deleted: helpdesk, manager")
                .doesNotContain("manager, operator");
    }

    private InitialUsers initialUsers(String initialPassword, boolean demoUsers) {
        return new InitialUsers(repository, passwordEncoder,
                new UsersProperties(new UsersProperties.Admin(initialPassword), demoUsers), this.demoUsers, clock);
    }

    private String adminHash() {
        return repository.findCredentials("admin").orElseThrow().passwordHash();
    }
}
