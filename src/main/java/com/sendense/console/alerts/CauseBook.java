package com.sendense.console.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was raised ({@code alert_cause}): a cause is alerted when first seen, not again while it stays,
 * and not again when it comes back within the collapse window after clearing (a flapping VM sends one
 * alert, its repeats are counted). The rows outlive restarts, so a restart neither repeats nor forgets.
 */
@Repository
class CauseBook {

    private final JdbcClient jdbc;

    CauseBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this sighting is new and so to be alerted; records it either way. */
    boolean raise(AlertEvent event, Instant now, Duration collapseWindow) {
        int inserted = jdbc.sql("""
                INSERT INTO alert_cause (cause_key, kind, raised_at, cleared_at, repeats)
                SELECT :key, :kind, :now, NULL, 0 FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM alert_cause WHERE cause_key = :key)
                """)
                .param("key", event.causeKey())
                .param("kind", event.kind().name())
                .param("now", Sql.utc(now))
                .update();
        if (inserted == 1) {
            return true;
        }
        int reopened = jdbc.sql("""
                UPDATE alert_cause SET cleared_at = NULL, raised_at = :now
                WHERE cause_key = :key AND cleared_at IS NOT NULL AND cleared_at < :collapseBefore
                """)
                .param("key", event.causeKey())
                .param("now", Sql.utc(now))
                .param("collapseBefore", Sql.utc(now.minus(collapseWindow)))
                .update();
        if (reopened == 1) {
            return true;
        }
        jdbc.sql("UPDATE alert_cause SET cleared_at = NULL, repeats = repeats + 1 "
                + "WHERE cause_key = :key AND cleared_at IS NOT NULL").param("key", event.causeKey()).update();
        return false;
    }

    /** Open causes of the kinds read in this pass that were not seen in it have cleared. */
    void clearAllBut(Set<AlertKind> readKinds, Set<String> seen, Instant now) {
        if (readKinds.isEmpty()) {
            return;
        }
        List<String> open = jdbc.sql("SELECT cause_key FROM alert_cause WHERE cleared_at IS NULL AND kind IN (:kinds)")
                .param("kinds", readKinds.stream().map(Enum::name).toList())
                .query(String.class)
                .list();
        for (String key : open) {
            if (!seen.contains(key)) {
                jdbc.sql("UPDATE alert_cause SET cleared_at = :now WHERE cause_key = :key AND cleared_at IS NULL")
                        .param("now", Sql.utc(now))
                        .param("key", key)
                        .update();
            }
        }
    }

    /** Cleared long enough ago that the cause cannot collapse any more or fell out of the look-back. */
    void forget(Instant before) {
        jdbc.sql("DELETE FROM alert_cause WHERE cleared_at IS NOT NULL AND cleared_at < :before")
                .param("before", Sql.utc(before))
                .update();
    }

    int repeats(String causeKey) {
        return jdbc.sql("SELECT repeats FROM alert_cause WHERE cause_key = :key")
                .param("key", causeKey)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
