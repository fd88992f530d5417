package com.sendense.console.users;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code sign_in_throttle} and {@code sign_in_audit}. */
@Repository
class SignInThrottleRepository {

    record Counter(String subject, int failures, Instant windowStart, @Nullable Instant lockedUntil) {}

    private final JdbcClient jdbc;

    SignInThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Counter> find(String subject) {
        return jdbc.sql("SELECT subject, failures, window_start, locked_until FROM sign_in_throttle WHERE subject = :s")
                .param("s", subject)
                .query((rs, n) -> {
                    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Counter(rs.getString("subject"), rs.getInt("failures"),
                            rs.getObject("window_start", OffsetDateTime.class).toInstant(),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    void save(Counter c) {
        int updated = jdbc.sql(
                "UPDATE sign_in_throttle SET failures = :f, window_start = :w, locked_until = :l WHERE subject = :s")
                .param("f", c.failures())
                .param("w", utc(c.windowStart()))
                .param("l", c.lockedUntil() == null ? null : utc(c.lockedUntil()),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("s", c.subject())
                .update();
        if (updated == 0) {
            jdbc.sql(
                    "INSERT INTO sign_in_throttle (subject, failures, window_start, locked_until) VALUES (:s, :f, :w, :l)")
                    .param("f", c.failures())
                    .param("w", utc(c.windowStart()))
                    .param("l", c.lockedUntil() == null ? null : utc(c.lockedUntil()),
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("s", c.subject())
                    .update();
        }
    }

    void delete(String subject) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE subject = :s").param("s", subject).update();
    }

    List<Counter> lockedAt(Instant now) {
        return jdbc
                .sql("SELECT subject, failures, window_start, locked_until FROM sign_in_throttle "
                        + "WHERE locked_until > :now ORDER BY locked_until DESC")
                .param("now", utc(now))
                .query((rs, n) -> new Counter(rs.getString("subject"), rs.getInt("failures"),
                        rs.getObject("window_start", OffsetDateTime.class).toInstant(),
                        rs.getObject("locked_until", OffsetDateTime.class).toInstant()))
                .list();
    }

    void audit(Instant at, String username, String address, String event) {
        jdbc.sql("INSERT INTO sign_in_audit (at, username, address, event) VALUES (:at, :u, :a, :e)")
                .param("at", utc(at))
                .param("u", username)
                .param("a", address)
                .param("e", event)
                .update();
    }

    List<String> auditEvents(String username) {
        return jdbc.sql("SELECT event FROM sign_in_audit WHERE username = :u ORDER BY id")
                .param("u", username)
                .query(String.class)
                .list();
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
