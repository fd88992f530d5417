package com.sendense.console.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox ({@code alert_outbox}). Every state change is one conditional UPDATE, so two workers (two
 * instances, or one restarted) never both own a row: {@link #claim} moves PENDING to SENDING for exactly
 * one caller, and only the claimer may end it.
 */
@Repository
class Outbox {

    static final String UNKNOWN_OUTCOME = "alerts.log.unknown-outcome";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long enqueue(AlertEvent event, Target target, Instant now) {
        return insert(target, event.kind().name(), event.causeKey(), event.subject(), event.vmName(), event.detail(),
                event.amount(), event.occurredAt(), target.digest() ? Delivery.State.HELD : Delivery.State.PENDING,
                now);
    }

    long insert(Target target, String kind, String cause, String subject, @Nullable String vmName, String detail,
            long amount, Instant occurredAt, Delivery.State state, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO alert_outbox (channel_id, user_id, address, language, kind, cause_key, subject, vm_name,
                    detail, amount, occurred_at, state, attempts, next_attempt_at, created_at)
                VALUES (:channel, :user, :address, :language, :kind, :cause, :subject, :vm, :detail, :amount, :at,
                    :state, 0, :now, :now)
                """)
                .param("channel", target.channelId())
                .param("user", target.userId())
                .param("address", target.address())
                .param("language", target.language())
                .param("kind", kind)
                .param("cause", cause)
                .param("subject", cut(subject, 400))
                .param("vm", vmName == null ? null : cut(vmName, 400))
                .param("detail", cut(detail, 2000))
                .param("amount", amount)
                .param("at", Sql.utc(occurredAt))
                .param("state", state.name())
                .param("now", Sql.utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Due rows this worker now owns, oldest first. */
    List<Delivery> claim(String worker, Instant now, Instant claimUntil, int limit) {
        List<Long> due = jdbc
                .sql("SELECT id FROM alert_outbox WHERE state = 'PENDING' AND next_attempt_at <= :now "
                        + "ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
                .param("now", Sql.utc(now))
                .query(Long.class)
                .list();
        List<Delivery> claimed = new ArrayList<>();
        for (long id : due) {
            int won = jdbc.sql("""
                    UPDATE alert_outbox SET state = 'SENDING', claimed_by = :worker, claimed_until = :until,
                        attempts = attempts + 1
                    WHERE id = :id AND state = 'PENDING'
                    """).param("worker", worker).param("until", Sql.utc(claimUntil)).param("id", id).update();
            if (won == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    boolean sent(long id, String worker, Instant now) {
        return jdbc
                .sql("UPDATE alert_outbox SET state = 'SENT', sent_at = :now, last_error = NULL, claimed_by = NULL "
                        + "WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker")
                .param("now", Sql.utc(now))
                .param("id", id)
                .param("worker", worker)
                .update() == 1;
    }

    /** {@code retryAt} null: no attempt left, the row fails for good (until someone sends it again). */
    void attemptFailed(long id, String worker, String error, @Nullable Instant retryAt) {
        jdbc.sql("UPDATE alert_outbox SET state = :state, next_attempt_at = COALESCE(:retry, next_attempt_at), "
                + "last_error = :error, claimed_by = NULL WHERE id = :id AND state = 'SENDING' AND claimed_by = :worker")
                .param("state", retryAt == null ? "FAILED" : "PENDING")
                .param("retry", Sql.utc(retryAt))
                .param("error", cut(error, 1000))
                .param("id", id)
                .param("worker", worker)
                .update();
    }

    /**
     * Rows whose claimer stopped mid-send: the message may have gone out, so it is not sent again blindly;
     * it fails with "outcome unknown" and an administrator decides.
     */
    int abandonStale(Instant now) {
        return jdbc
                .sql("UPDATE alert_outbox SET state = 'FAILED', last_error = :error, claimed_by = NULL "
                        + "WHERE state = 'SENDING' AND claimed_until < :now")
                .param("error", UNKNOWN_OUTCOME)
                .param("now", Sql.utc(now))
                .update();
    }

    boolean sendAgain(long id, Instant now) {
        return jdbc
                .sql("UPDATE alert_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now "
                        + "WHERE id = :id AND state = 'FAILED'")
                .param("now", Sql.utc(now))
                .param("id", id)
                .update() == 1;
    }

    Optional<Delivery> find(long id) {
        return jdbc.sql("SELECT * FROM alert_outbox WHERE id = :id").param("id", id).query(Outbox::map).optional();
    }

    /** Newest first. */
    List<Delivery> recent(int limit) {
        return jdbc.sql("SELECT * FROM alert_outbox WHERE state <> 'DIGESTED' ORDER BY id DESC FETCH FIRST " + limit
                + " ROWS ONLY").query(Outbox::map).list();
    }

    List<Delivery> digestItems(long digestId) {
        return jdbc.sql("SELECT * FROM alert_outbox WHERE digest_id = :id ORDER BY occurred_at, id")
                .param("id", digestId)
                .query(Outbox::map)
                .list();
    }

    /** Held rows created before {@code before}, grouped by the target they wait for. */
    List<Target> heldTargets(Instant before) {
        return jdbc
                .sql("SELECT DISTINCT channel_id, user_id, address, language FROM alert_outbox "
                        + "WHERE state = 'HELD' AND created_at < :before")
                .param("before", Sql.utc(before))
                .query((rs, n) -> new Target(rs.getLong("channel_id"), rs.getLong("user_id"), rs.getString("address"),
                        rs.getString("language"), true))
                .list();
    }

    /** Moves the target's held rows into the digest row; how many it carries. */
    int fold(Target target, long digestId, Instant before) {
        return jdbc.sql("UPDATE alert_outbox SET state = 'DIGESTED', digest_id = :digest WHERE state = 'HELD' "
                + "AND channel_id = :channel AND user_id = :user AND address = :address AND created_at < :before")
                .param("digest", digestId)
                .param("channel", target.channelId())
                .param("user", target.userId())
                .param("address", target.address())
                .param("before", Sql.utc(before))
                .update();
    }

    void setAmount(long id, long amount) {
        jdbc.sql("UPDATE alert_outbox SET amount = :amount WHERE id = :id")
                .param("amount", amount)
                .param("id", id)
                .update();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        long user = rs.getLong("user_id");
        return new Delivery(rs.getLong("id"), rs.getLong("channel_id"), rs.wasNull() ? null : user,
                rs.getString("address"), rs.getString("language"), rs.getString("kind"), rs.getString("cause_key"),
                rs.getString("subject"), rs.getString("vm_name"), rs.getString("detail"), rs.getLong("amount"),
                Sql.instant(rs, "occurred_at"), Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"), rs.getString("last_error"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "sent_at"));
    }
}
