package com.sendense.console.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Everything that touches the user tables, run once per database by the subclasses
 * ({@link UsersOnH2Test}, {@link UsersOnPostgresTest}) so the Flyway scripts and SQL are proven
 * on both. The acting administrator is {@code root} unless a test says otherwise; the database
 * holds only {@code admin} at the start of each test.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "root", roles = Roles.ADMIN)
abstract class UsersDatabaseContractTest {

    @Autowired
    UserService userService;
    @Autowired
    PreferencesService preferencesService;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserRepository repository;
    @Autowired
    InitialUsers initialUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    DataSource dataSource;

    /** "H2" or "PostgreSQL", as the JDBC driver names it. */
    abstract String expectedDatabase();

    @BeforeEach
    void start_with_only_the_initial_admin() {
        jdbc.sql("DELETE FROM users").update();
        initialUsers.run(null);
    }

    @Test
    void runs_on_the_expected_database_with_the_migrations_applied() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM helpdesk_scope").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_preferences").query(Long.class).single()).isZero();
        // Flyway quotes its own table on H2, so it stays lower-case there.
        assertThat(jdbc.sql(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .query(String.class)
                .list()).startsWith("1");
    }

    @Test
    void creates_a_user_and_reads_it_back() {
        UserAccount created = userService
                .create(new NewUser("Alice", " Alice Smith ", "correct-horse", Role.OPERATOR, List.of()));

        UserAccount read = userService.find(created.id()).orElseThrow();
        assertThat(read.username()).isEqualTo("alice");
        assertThat(read.displayName()).isEqualTo("Alice Smith");
        assertThat(read.role()).isEqualTo(Role.OPERATOR);
        assertThat(read.enabled()).isTrue();
        assertThat(read.createdAt()).isEqualTo(read.updatedAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(read.lastLoginAt()).isNull();
        assertThat(read.vmScope()).isEqualTo(VmScope.ALL);
        assertThat(repository.findCredentials("alice").orElseThrow().passwordHash()).startsWith("$2")
                .satisfies(hash -> assertThat(passwordEncoder.matches("correct-horse", hash)).isTrue());
    }

    @Test
    void usernames_are_unique_ignoring_case() {
        userService.create(new NewUser("alice", "Alice", "correct-horse", Role.OPERATOR, List.of()));

        assertThatThrownBy(
                () -> userService.create(new NewUser("ALICE", "Other Alice", "correct-horse", Role.MANAGER, List.of())))
                .isInstanceOf(UserManagementException.class)
                .hasMessage("The user name 'alice' is already taken");
        assertThat(userService.usernameTaken("Alice")).isTrue();
        assertThat(userService.usernameTaken("bob")).isFalse();
    }

    @Test
    void the_database_itself_rejects_a_duplicate_or_mixed_case_username() {
        Instant now = Instant.now();
        repository.insert("carol", "Carol", "x", Role.MANAGER, true, now);
        assertThatThrownBy(() -> repository.insert("carol", "Carol 2", "x", Role.MANAGER, true, now))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> repository.insert("Dave", "Dave", "x", Role.MANAGER, true, now))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void invalid_input_is_refused_with_a_readable_message() {
        assertThatThrownBy(() -> userService.create(new NewUser("bob", "Bob", "short", Role.OPERATOR, List.of())))
                .isInstanceOf(UserManagementException.class)
                .hasMessage("A password needs at least 10 characters");
        assertThatThrownBy(
                () -> userService.create(new NewUser("b b", "Bob", "long-enough-pw", Role.OPERATOR, List.of())))
                .hasMessageStartingWith("A user name has 2 to 32");
        assertThatThrownBy(
                () -> userService.create(new NewUser("bob", " ", "long-enough-pw", Role.OPERATOR, List.of())))
                .hasMessage("Enter a display name");
        assertThatThrownBy(() -> userService
                .create(new NewUser("bob", "Bob", "long-enough-pw", Role.HELPDESK, List.of("ok", "  "))))
                .hasMessageContaining("A VM pattern cannot be empty");
        assertThat(userService.usernameTaken("bob")).isFalse();
    }

    @Test
    void helpdesk_scope_is_stored_as_child_rows_and_replaced_as_a_whole() {
        UserAccount hd = userService
                .create(new NewUser("hd", "Help Desk", "correct-horse", Role.HELPDESK, List.of("web-*", "DB-0?")));
        assertThat(hd.scopePatterns()).containsExactly("db-0?", "web-*");
        assertThat(scopeRows(hd.id())).isEqualTo(2);
        assertThat(hd.vmScope().allows("db-01")).isTrue();
        assertThat(hd.vmScope().allows("mail")).isFalse();

        UserAccount narrowed = userService.setScope(hd.id(), List.of("pgtest1"));

        assertThat(narrowed.scopePatterns()).containsExactly("pgtest1");
        assertThat(scopeRows(hd.id())).isEqualTo(1);
        assertThat(userService.setScope(hd.id(), List.of()).vmScope()).isEqualTo(VmScope.NONE);
    }

    @Test
    void leaving_the_helpdesk_role_drops_the_scope_and_other_roles_cannot_get_one() {
        UserAccount hd = userService
                .create(new NewUser("hd", "Help Desk", "correct-horse", Role.HELPDESK, List.of("web-*")));

        UserAccount operator = userService.update(hd.id(), UserUpdate.of(hd).withRole(Role.OPERATOR));

        assertThat(operator.scopePatterns()).isEmpty();
        assertThat(operator.vmScope()).isEqualTo(VmScope.ALL);
        assertThat(scopeRows(hd.id())).isZero();
        assertThatThrownBy(() -> userService.setScope(hd.id(), List.of("web-*")))
                .isInstanceOf(UserManagementException.class)
                .hasMessageContaining("only help-desk users have a scope");
    }

    @Test
    void update_changes_display_name_role_and_enabled_together() {
        UserAccount bob = userService.create(new NewUser("bob", "Bob", "correct-horse", Role.OPERATOR, List.of()));

        UserAccount updated = userService.update(bob.id(),
                new UserUpdate("Robert", Role.HELPDESK, false, List.of("web-*")));

        assertThat(updated.displayName()).isEqualTo("Robert");
        assertThat(updated.role()).isEqualTo(Role.HELPDESK);
        assertThat(updated.enabled()).isFalse();
        assertThat(updated.scopePatterns()).containsExactly("web-*");
        assertThat(updated.updatedAt()).isAfterOrEqualTo(bob.updatedAt());
        assertThat(userService.setEnabled(bob.id(), true).enabled()).isTrue();
    }

    @Test
    void reset_password_replaces_the_hash() {
        UserAccount bob = userService.create(new NewUser("bob", "Bob", "correct-horse", Role.OPERATOR, List.of()));

        userService.resetPassword(bob.id(), "battery-staple");

        String hash = repository.findPasswordHash(bob.id()).orElseThrow();
        assertThat(passwordEncoder.matches("battery-staple", hash)).isTrue();
        assertThat(passwordEncoder.matches("correct-horse", hash)).isFalse();
        assertThatThrownBy(() -> userService.resetPassword(bob.id(), "too-short"))
                .hasMessage("A password needs at least 10 characters");
    }

    @Test
    @WithMockUser(username = "hd", roles = Roles.ADMIN)
    void delete_removes_the_user_with_scope_and_preferences() {
        UserAccount hd = userService
                .create(new NewUser("other", "Other", "correct-horse", Role.HELPDESK, List.of("web-*")));
        jdbc.sql("INSERT INTO user_preferences (user_id, theme) VALUES (:id, 'DARK')").param("id", hd.id()).update();

        userService.delete(hd.id());

        assertThat(userService.find(hd.id())).isEmpty();
        assertThat(scopeRows(hd.id())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_preferences").query(Long.class).single()).isZero();
        assertThatThrownBy(() -> userService.delete(hd.id())).hasMessage("This user no longer exists");
    }

    @Test
    void the_last_enabled_admin_cannot_be_deleted_disabled_or_demoted() {
        UserAccount admin = admin();

        assertThatThrownBy(() -> userService.delete(admin.id())).isInstanceOf(UserManagementException.class)
                .hasMessage("You cannot delete the last administrator");
        assertThatThrownBy(() -> userService.setEnabled(admin.id(), false))
                .hasMessage("You cannot disable the last administrator");
        assertThatThrownBy(() -> userService.update(admin.id(), UserUpdate.of(admin).withRole(Role.OPERATOR)))
                .hasMessage("You cannot change the role of the last administrator");
        assertThat(userService.find(admin.id()).orElseThrow()).isEqualTo(admin);
    }

    @Test
    void a_disabled_admin_does_not_count_as_a_remaining_admin() {
        UserAccount second = userService
                .create(new NewUser("admin2", "Second", "correct-horse", Role.ADMIN, List.of()));
        userService.setEnabled(second.id(), false);

        assertThatThrownBy(() -> userService.delete(admin().id()))
                .hasMessage("You cannot delete the last administrator");
    }

    @Test
    void an_admin_can_be_demoted_or_deleted_while_another_enabled_admin_remains() {
        userService.create(new NewUser("admin2", "Second", "correct-horse", Role.ADMIN, List.of()));

        UserAccount demoted = userService.update(admin().id(), UserUpdate.of(admin()).withRole(Role.MANAGER));
        assertThat(demoted.role()).isEqualTo(Role.MANAGER);

        UserAccount second = repository.findByUsername("admin2").orElseThrow();
        assertThatThrownBy(() -> userService.delete(second.id()))
                .hasMessage("You cannot delete the last administrator");
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void nobody_can_delete_disable_or_demote_themselves() {
        userService.create(new NewUser("admin2", "Second", "correct-horse", Role.ADMIN, List.of()));
        UserAccount me = admin();

        assertThatThrownBy(() -> userService.delete(me.id())).hasMessage("You cannot delete your own account");
        assertThatThrownBy(() -> userService.setEnabled(me.id(), false))
                .hasMessage("You cannot disable your own account");
        assertThatThrownBy(() -> userService.update(me.id(), UserUpdate.of(me).withRole(Role.OPERATOR)))
                .hasMessageStartingWith("You cannot change your own role");
        assertThat(userService.update(me.id(), new UserUpdate("Me", Role.ADMIN, true, List.of())).displayName())
                .isEqualTo("Me");
    }

    @Test
    void list_filters_on_user_name_and_display_name_ignoring_case() {
        userService.create(new NewUser("alice", "Alice Smith", "correct-horse", Role.OPERATOR, List.of()));
        userService.create(new NewUser("bob", "Robert Smith", "correct-horse", Role.MANAGER, List.of()));

        assertThat(userService.list("")).extracting(UserAccount::username).containsExactly("admin", "alice", "bob");
        assertThat(userService.list("SMITH")).extracting(UserAccount::username).containsExactly("alice", "bob");
        assertThat(userService.list(" bo")).extracting(UserAccount::username).containsExactly("bob");
    }

    @Test
    void sign_in_details_come_from_the_database_and_respect_enabled() {
        UserAccount bob = userService.create(new NewUser("bob", "Bob", "correct-horse", Role.HELPDESK, List.of()));

        UserDetails details = userDetailsService.loadUserByUsername("BOB");
        assertThat(details.getUsername()).isEqualTo("bob");
        assertThat(details.isEnabled()).isTrue();
        assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HELPDESK");

        userService.setEnabled(bob.id(), false);
        assertThat(userDetailsService.loadUserByUsername("bob").isEnabled()).isFalse();
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("nobody"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void last_login_is_recorded_and_ends_the_first_start_hint() {
        assertThat(userService.nobodyHasSignedInYet()).isTrue();
        Instant when = Instant.parse("2026-11-24T10:15:30Z");

        assertThat(repository.recordLogin("ADMIN", when)).isTrue();

        assertThat(admin().lastLoginAt()).isEqualTo(when);
        assertThat(userService.nobodyHasSignedInYet()).isFalse();
        assertThat(repository.recordLogin("ghost", when)).isFalse();
    }

    @Test
    @WithMockUser(username = "hd", roles = Roles.HELPDESK)
    void current_user_gives_name_role_and_the_stored_scope() {
        repository.replaceScope(repository.insert("hd", "Help Desk", "x", Role.HELPDESK, true, Instant.now()),
                List.of("web-*"));

        assertThat(currentUser.username()).contains("hd");
        assertThat(currentUser.role()).contains(Role.HELPDESK);
        assertThat(currentUser.hasRole(Role.ADMIN)).isFalse();
        assertThat(currentUser.vmScope().patterns()).containsExactly("web-*");
        assertThat(currentUser.vmScope().allows("web-01")).isTrue();
        assertThat(currentUser.vmScope().allows("db-01")).isFalse();
    }

    @Test
    void current_user_of_an_unscoped_role_sees_all_vms() {
        assertThat(currentUser.role()).contains(Role.ADMIN);
        assertThat(currentUser.vmScope()).isEqualTo(VmScope.ALL);
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void preferences_default_to_light_and_are_stored_per_user() {
        assertThat(preferencesService.theme()).isEqualTo(ThemeMode.LIGHT);

        preferencesService.setTheme(ThemeMode.DARK);
        assertThat(preferencesService.current()).isEqualTo(new UserPreferences(ThemeMode.DARK, null));
        preferencesService.setTheme(ThemeMode.LIGHT);
        preferencesService.setTheme(ThemeMode.DARK);

        assertThat(preferencesService.theme()).isEqualTo(ThemeMode.DARK);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_preferences").query(Long.class).single()).isOne();
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void language_is_stored_beside_the_theme_and_only_a_supported_one() {
        preferencesService.setTheme(ThemeMode.DARK);
        preferencesService.setLanguage("de");
        assertThat(preferencesService.current()).isEqualTo(new UserPreferences(ThemeMode.DARK, "de"));

        assertThatThrownBy(() -> preferencesService.setLanguage("xx")).isInstanceOf(IllegalArgumentException.class);
        preferencesService.setLanguage(null);
        assertThat(preferencesService.current()).isEqualTo(new UserPreferences(ThemeMode.DARK, null));
    }

    @Test
    @WithMockUser(username = "not-in-the-database", roles = Roles.OPERATOR)
    void preferences_of_an_unknown_user_are_defaults_and_cannot_be_saved() {
        assertThat(preferencesService.current()).isEqualTo(UserPreferences.DEFAULTS);
        assertThatThrownBy(() -> preferencesService.setTheme(ThemeMode.DARK)).isInstanceOf(AccessDeniedException.class);
    }

    UserAccount admin() {
        return repository.findByUsername("admin").orElseThrow();
    }

    long scopeRows(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM helpdesk_scope WHERE user_id = :id")
                .param("id", userId)
                .query(Long.class)
                .single();
    }
}
