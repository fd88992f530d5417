package com.sendense.console.dashboard;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class StorageSampleRepository {

    private final JdbcClient jdbc;

    StorageSampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasSamples(String repositoryId) {
        return jdbc.sql("SELECT COUNT(*) FROM storage_samples WHERE repository_id = :id")
                .param("id", repositoryId)
                .query(Long.class)
                .single() > 0;
    }

    /** Skips any sample whose (repository, moment) is already stored. */
    @Transactional
    int insert(String repositoryId, Collection<StorageSample> samples) {
        int inserted = 0;
        for (StorageSample s : samples) {
            boolean exists = jdbc
                    .sql("SELECT COUNT(*) FROM storage_samples WHERE repository_id = :id AND sampled_at = :at")
                    .param("id", repositoryId)
                    .param("at", utc(s.at()))
                    .query(Long.class)
                    .single() > 0;
            if (!exists) {
                inserted += jdbc.sql(
                        "INSERT INTO storage_samples (repository_id, sampled_at, total_bytes, used_bytes, estimated) "
                                + "VALUES (:id, :at, :total, :used, :estimated)")
                        .param("id", repositoryId)
                        .param("at", utc(s.at()))
                        .param("total", s.totalBytes())
                        .param("used", s.usedBytes())
                        .param("estimated", s.estimated())
                        .update();
            }
        }
        return inserted;
    }

    /** Every repository's samples in {@code [from, to)}, oldest first. */
    Map<String, List<StorageSample>> between(Instant from, Instant to) {
        Map<String, List<StorageSample>> result = new HashMap<>();
        jdbc.sql("SELECT repository_id, sampled_at, total_bytes, used_bytes, estimated FROM storage_samples "
                + "WHERE sampled_at >= :from AND sampled_at < :to ORDER BY sampled_at")
                .param("from", utc(from))
                .param("to", utc(to))
                .query(rs -> {
                    result.computeIfAbsent(rs.getString("repository_id"), k -> new ArrayList<>()).add(sample(rs));
                });
        return result;
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM storage_samples WHERE sampled_at < :cutoff").param("cutoff", utc(cutoff)).update();
    }

    private static StorageSample sample(ResultSet rs) throws SQLException {
        return new StorageSample(rs.getObject("sampled_at", OffsetDateTime.class).toInstant(),
                rs.getLong("total_bytes"), rs.getLong("used_bytes"), rs.getBoolean("estimated"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
