package com.sendense.console.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code users} and {@code helpdesk_scope}. Plain {@link JdbcClient} so every statement
 * is visible and runs the same on H2 and PostgreSQL. Timestamps travel as UTC
 * {@link OffsetDateTime}, which both drivers map to {@code TIMESTAMP WITH TIME ZONE}.
 */
@Repository
class UserRepository {

    private static final String COLUMNS = "id, username, display_name, role, enabled, created_at, updated_at, last_login_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's stored credentials, only for authentication. */
    record StoredCredentials(String username, String passwordHash, Role role, boolean enabled, long securityVersion) {

        @Override
        public String toString() {
            return "StoredCredentials[" + username + ", " + role + ", enabled=" + enabled + "]";
        }
    }

    List<UserAccount> findAll() {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username")
                .query(UserRepository::row)
                .list();
        Map<Long, List<String>> scopes = new HashMap<>();
        jdbc.sql("SELECT user_id, pattern FROM helpdesk_scope ORDER BY pattern").query(rs -> {
            scopes.computeIfAbsent(rs.getLong("user_id"), id -> new ArrayList<>()).add(rs.getString("pattern"));
        });
        return rows.stream().map(r -> r.toAccount(scopes.getOrDefault(r.id(), List.of()))).toList();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .param("id", id)
                .query(UserRepository::row)
                .optional()
                .map(r -> r.toAccount(scope(r.id())));
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .param("username", UserRules.normalizeUsername(username))
                .query(UserRepository::row)
                .optional()
                .map(r -> r.toAccount(scope(r.id())));
    }

    Optional<StoredCredentials> findCredentials(String username) {
        return jdbc.sql(
                "SELECT username, password_hash, role, enabled, security_version FROM users WHERE username = :username")
                .param("username", UserRules.normalizeUsername(username))
                .query((rs, n) -> new StoredCredentials(rs.getString("username"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getLong("security_version")))
                .optional();
    }

    /** The security stamp of an enabled user; empty if the user is gone or disabled. */
    Optional<Long> securityVersion(String username) {
        return jdbc.sql("SELECT security_version FROM users WHERE username = :username AND enabled = TRUE")
                .param("username", username)
                .query(Long.class)
                .optional();
    }

    /** Ends every session of the user, on every console instance (see {@code AccountStamps}). */
    void bumpSecurityVersion(long id) {
        jdbc.sql("UPDATE users SET security_version = security_version + 1 WHERE id = :id").param("id", id).update();
    }

    Optional<String> findPasswordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :username")
                .param("username", UserRules.normalizeUsername(username))
                .query(Long.class)
                .single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    boolean anyoneSignedIn() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE last_login_at IS NOT NULL").query(Long.class).single() > 0;
    }

    /**
     * Ids of the enabled administrators, locking their rows until the transaction ends, so two
     * administrators cannot demote each other at the same moment and leave none.
     */
    List<Long> lockEnabledAdmins() {
        return jdbc.sql("SELECT id FROM users WHERE role = 'ADMIN' AND enabled = TRUE FOR UPDATE")
                .query(Long.class)
                .list();
    }

    /** Inserts a user and returns the new id. The username must already be normalized. */
    long insert(String username, String displayName, String passwordHash, Role role, boolean enabled, Instant now) {
        jdbc.sql("""
                INSERT INTO users (username, display_name, password_hash, role, enabled, created_at, updated_at)
                VALUES (:username, :displayName, :hash, :role, :enabled, :now, :now)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("enabled", enabled)
                .param("now", utc(now))
                .update();
        // Looked up by the unique name rather than through generated keys, whose column-name
        // handling differs between the H2 and PostgreSQL drivers.
        return jdbc.sql("SELECT id FROM users WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    void update(long id, String displayName, Role role, boolean enabled, Instant now) {
        jdbc.sql("""
                UPDATE users SET display_name = :displayName, role = :role, enabled = :enabled, updated_at = :now
                WHERE id = :id""")
                .param("displayName", displayName)
                .param("role", role.name())
                .param("enabled", enabled)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void updatePasswordHash(long id, String passwordHash, Instant now) {
        jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("hash", passwordHash)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    void replaceScope(long id, Collection<String> patterns) {
        jdbc.sql("DELETE FROM helpdesk_scope WHERE user_id = :id").param("id", id).update();
        for (String pattern : patterns) {
            jdbc.sql("INSERT INTO helpdesk_scope (user_id, pattern) VALUES (:id, :pattern)")
                    .param("id", id)
                    .param("pattern", pattern)
                    .update();
        }
    }

    /** Sets the last login of an existing user; false if there is no such user. */
    boolean recordLogin(String username, Instant when) {
        return jdbc.sql("UPDATE users SET last_login_at = :when WHERE username = :username")
                .param("when", utc(when))
                .param("username", UserRules.normalizeUsername(username))
                .update() > 0;
    }

    void delete(long id) {
        // Scope and preferences rows go with ON DELETE CASCADE.
        jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update();
    }

    private List<String> scope(long id) {
        return jdbc.sql("SELECT pattern FROM helpdesk_scope WHERE user_id = :id ORDER BY pattern")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Instant created = instant(rs, "created_at");
        Instant updated = instant(rs, "updated_at");
        if (created == null || updated == null) {
            throw new SQLException("users.created_at and updated_at are NOT NULL");
        }
        return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), created, updated,
                instant(rs, "last_login_at"));
    }

    private record Row(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
            Instant updatedAt, @Nullable Instant lastLoginAt) {

        UserAccount toAccount(List<String> scope) {
            return new UserAccount(id, username, displayName, role, enabled, createdAt, updatedAt, lastLoginAt, scope);
        }
    }
}
