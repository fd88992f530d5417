package com.sendense.console.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code rpo_targets}. Timestamps travel as UTC {@link OffsetDateTime}, as in the users tables. */
@Repository
class RpoTargetRepository {

    private final JdbcClient jdbc;

    RpoTargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The default first, then groups and VMs by name. */
    List<RpoTarget> findAll() {
        return jdbc
                .sql("SELECT scope_type, scope_name, target_hours, updated_at, updated_by FROM rpo_targets "
                        + "ORDER BY CASE scope_type WHEN 'DEFAULT' THEN 0 WHEN 'GROUP' THEN 1 ELSE 2 END, scope_name")
                .query(RpoTargetRepository::row)
                .list();
    }

    /** Insert or update; portable instead of MERGE / ON CONFLICT. */
    void save(RpoTarget target) {
        int updated = jdbc.sql("UPDATE rpo_targets SET target_hours = :hours, updated_at = :at, updated_by = :by "
                + "WHERE scope_type = :scope AND scope_name = :name").params(params(target)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO rpo_targets (scope_type, scope_name, target_hours, updated_at, updated_by) "
                    + "VALUES (:scope, :name, :hours, :at, :by)").params(params(target)).update();
        }
    }

    boolean delete(RpoScope scope, String name) {
        return jdbc.sql("DELETE FROM rpo_targets WHERE scope_type = :scope AND scope_name = :name")
                .param("scope", scope.name())
                .param("name", name)
                .update() > 0;
    }

    private static Map<String, Object> params(RpoTarget t) {
        return Map.of("scope", t.scope().name(), "name", t.name(), "hours", t.hours(), "at",
                t.updatedAt().atOffset(ZoneOffset.UTC), "by", t.updatedBy());
    }

    private static RpoTarget row(ResultSet rs, int rowNum) throws SQLException {
        Instant at = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        return new RpoTarget(RpoScope.valueOf(rs.getString("scope_type")), rs.getString("scope_name"),
                rs.getInt("target_hours"), at, rs.getString("updated_by"));
    }
}
