package com.sendense.console.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connection pool retires the connection Flyway migrated with (Hikari's maximum lifetime is
 * 30 minutes), while the H2 database stays open. H2 2.4.240 then rejected every write to a table
 * whose CHECK compared a column with a list of literals ("Check constraint invalid"), so a fresh
 * demo could not save a user or a download after half an hour. V50 restates those CHECKs; this
 * test migrates on a connection of its own, closes it, and writes through another.
 */
class MigrationsOutliveTheirConnectionTest {

    private final String url = "jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private Connection writer;

    @BeforeEach
    void migrate_then_close_the_migrating_connection() throws SQLException {
        // Flyway opens and closes its own connections on a URL data source.
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        writer = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void drop_the_database() throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SHUTDOWN");
        }
        writer.close();
    }

    @Test
    void every_allowed_value_can_be_written_after_the_migrating_connection_closed() throws SQLException {
        for (String role : new String[]{"OPERATOR", "HELPDESK", "MANAGER", "ADMIN"}) {
            insertUser(role.toLowerCase(), role);
        }
        for (String theme : new String[]{"LIGHT", "DARK"}) {
            execute("DELETE FROM user_preferences");
            execute("INSERT INTO user_preferences (user_id, theme) SELECT id, '" + theme
                    + "' FROM users WHERE username = 'admin'");
        }
        for (String kind : new String[]{"FILE", "ZIP", "TAR_GZ", "SEARCH"}) {
            for (String outcome : new String[]{"COMPLETE", "TRUNCATED", "ABORTED", "FAILED"}) {
                insertDownload(kind, outcome);
            }
        }
        execute("UPDATE rpo_targets SET target_hours = 12 WHERE scope_type = 'DEFAULT'");
        execute("INSERT INTO rpo_targets (scope_type, scope_name, target_hours, updated_at, updated_by) "
                + "VALUES ('GROUP', 'prod', 4, CURRENT_TIMESTAMP, 'admin'), ('VM', 'web-01', 1, CURRENT_TIMESTAMP, 'admin')");

        assertThat(count("users")).isEqualTo(4);
        assertThat(count("restore_downloads")).isEqualTo(16);
        assertThat(count("rpo_targets")).isEqualTo(3);
    }

    @Test
    void the_restated_checks_still_refuse_what_they_refused() {
        assertRefused(() -> insertUser("eve", "ROOT"));
        assertRefused(() -> insertDownload("RAR", "COMPLETE"));
        assertRefused(() -> insertDownload("ZIP", "MAYBE"));
        assertRefused(
                () -> execute("INSERT INTO rpo_targets (scope_type, scope_name, target_hours, updated_at, updated_by) "
                        + "VALUES ('HOST', 'x', 4, CURRENT_TIMESTAMP, 'admin')"));
        assertRefused(() -> {
            insertUser("admin", "ADMIN");
            execute("INSERT INTO user_preferences (user_id, theme) SELECT id, 'PINK' FROM users WHERE username = 'admin'");
        });
    }

    private void insertUser(String username, String role) throws SQLException {
        execute("INSERT INTO users (username, display_name, password_hash, role, enabled, created_at, updated_at) VALUES ('"
                + username + "', '" + username + "', 'x', '" + role + "', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    private void insertDownload(String kind, String outcome) throws SQLException {
        execute("INSERT INTO restore_downloads (username, started_at, finished_at, vm_name, backup_id, disk_index, mount_id, "
                + "path, kind, bytes_delivered, outcome) VALUES ('helpdesk', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'web-01', "
                + "'backup-web-01-1', 0, 'm-1', '/a', '" + kind + "', 0, '" + outcome + "')");
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = writer.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertRefused(SqlAction action) {
        assertThatThrownBy(action::run).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23513"));
    }

    @FunctionalInterface
    private interface SqlAction {

        void run() throws SQLException;
    }
}
