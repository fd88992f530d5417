package com.sendense.console.restore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for {@code restore_downloads}: plain {@link JdbcClient}, the same on H2 and PostgreSQL. */
@Repository
class AuditRepository {

    private static final String COLUMNS = "id, username, started_at, finished_at, vm_name, backup_id, disk_index, "
            + "mount_id, path, kind, expected_bytes, bytes_delivered, outcome, reason, detail";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a row and returns its id. */
    long insert(DownloadRecord r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO restore_downloads (username, started_at, finished_at, vm_name, backup_id, disk_index, "
                + "mount_id, path, kind, expected_bytes, bytes_delivered, outcome, reason, detail) "
                + "VALUES (:username, :startedAt, :finishedAt, :vm, :backup, :disk, :mount, :path, :kind, "
                + ":expected, :delivered, :outcome, :reason, :detail)")
                .param("username", r.username())
                .param("startedAt", utc(r.startedAt()))
                .param("finishedAt", r.finishedAt() == null ? null : utc(r.finishedAt()),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("vm", r.vmName())
                .param("backup", r.backupId())
                .param("disk", r.diskIndex())
                .param("mount", r.mountId())
                .param("path", r.path())
                .param("kind", r.kind().name())
                .param("expected", r.expectedBytes(), java.sql.Types.BIGINT)
                .param("delivered", r.bytesDelivered())
                .param("outcome", r.outcome().name())
                .param("reason", r.reason(), java.sql.Types.VARCHAR)
                .param("detail", r.detail(), java.sql.Types.VARCHAR)
                .update(keys);
        // PostgreSQL hands back every column, H2 only the key; both name it id (in their own case).
        return keys.getKeys()
                .entrySet()
                .stream()
                .filter(e -> e.getKey().equalsIgnoreCase("id"))
                .map(e -> ((Number) e.getValue()).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** Records a download's end on its STARTED row; false if there is no such row still running. */
    boolean complete(long id, Instant finishedAt, @Nullable Long expectedBytes, long bytesDelivered,
            DownloadOutcome outcome, @Nullable String detail) {
        return jdbc
                .sql("UPDATE restore_downloads SET finished_at = :finishedAt, expected_bytes = :expected, "
                        + "bytes_delivered = :delivered, outcome = :outcome, detail = :detail "
                        + "WHERE id = :id AND outcome = 'STARTED'")
                .param("finishedAt", utc(finishedAt))
                .param("expected", expectedBytes, java.sql.Types.BIGINT)
                .param("delivered", bytesDelivered)
                .param("outcome", outcome.name())
                .param("detail", detail, java.sql.Types.VARCHAR)
                .param("id", id)
                .update() == 1;
    }

    List<DownloadRecord> find(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM restore_downloads" + where.sql
                + " ORDER BY started_at DESC, id DESC LIMIT :limit OFFSET :offset");
        where.params.forEach(spec::param);
        return spec.param("limit", limit).param("offset", offset).query(AuditRepository::map).list();
    }

    int count(AuditFilter filter) {
        Where where = where(filter);
        var spec = jdbc.sql("SELECT COUNT(*) FROM restore_downloads" + where.sql);
        where.params.forEach(spec::param);
        return spec.query(Integer.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(AuditFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.user() != null && !f.user().isBlank()) {
            clauses.add("username LIKE :user");
            params.put("user", "%" + like(f.user().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.vm() != null && !f.vm().isBlank()) {
            clauses.add("LOWER(vm_name) LIKE :vm");
            params.put("vm", "%" + like(f.vm().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.outcome() != null) {
            clauses.add("outcome = :outcome");
            params.put("outcome", f.outcome().name());
        }
        if (f.from() != null) {
            clauses.add("started_at >= :from");
            params.put("from", utc(f.from()));
        }
        if (f.to() != null) {
            clauses.add("started_at < :to");
            params.put("to", utc(f.to()));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static String like(String s) {
        return s.replace("%", "").replace("_", "");
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static DownloadRecord map(ResultSet rs, int row) throws SQLException {
        long expected = rs.getLong("expected_bytes");
        Long expectedBytes = rs.wasNull() ? null : expected;
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new DownloadRecord(rs.getLong("id"), rs.getString("username"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("vm_name"), rs.getString("backup_id"),
                rs.getInt("disk_index"), rs.getString("mount_id"), rs.getString("path"),
                DownloadKind.valueOf(rs.getString("kind")), expectedBytes, rs.getLong("bytes_delivered"),
                DownloadOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"), rs.getString("detail"));
    }
}
