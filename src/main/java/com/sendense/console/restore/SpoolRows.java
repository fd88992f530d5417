package com.sendense.console.restore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SpoolRows {

    private static final String COLUMNS = "id, username, file_name, content_type, size_bytes, state, created_at, expires_at";

    private final JdbcClient jdbc;

    SpoolRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SpoolEntry e) {
        jdbc.sql("INSERT INTO download_spool (" + COLUMNS + ") VALUES (:id, :user, :name, :type, :size, :state, "
                + ":created, :expires)")
                .param("id", e.id())
                .param("user", e.username())
                .param("name", e.fileName())
                .param("type", e.contentType())
                .param("size", e.size())
                .param("state", e.state().name())
                .param("created", utc(e.createdAt()))
                .param("expires", utc(e.expiresAt()))
                .update();
    }

    /** Bytes held or reserved by files that have not expired. */
    long reserved(Instant now) {
        return jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM download_spool WHERE expires_at > :now")
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    void ready(String id, String fileName, String contentType, long size) {
        jdbc.sql("UPDATE download_spool SET state = 'READY', file_name = :name, content_type = :type, "
                + "size_bytes = :size WHERE id = :id")
                .param("name", fileName)
                .param("type", contentType)
                .param("size", size)
                .param("id", id)
                .update();
    }

    Optional<SpoolEntry> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM download_spool WHERE id = :id")
                .param("id", id)
                .query(SpoolRows::entry)
                .optional();
    }

    List<SpoolEntry> expired(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM download_spool WHERE expires_at <= :now")
                .param("now", utc(now))
                .query(SpoolRows::entry)
                .list();
    }

    List<String> ids() {
        return jdbc.sql("SELECT id FROM download_spool").query(String.class).list();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM download_spool WHERE id = :id").param("id", id).update();
    }

    private static SpoolEntry entry(ResultSet rs, int row) throws SQLException {
        return new SpoolEntry(rs.getString("id"), rs.getString("username"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), SpoolEntry.State.valueOf(rs.getString("state")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
