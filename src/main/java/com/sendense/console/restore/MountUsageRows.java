package com.sendense.console.restore;

import com.sendense.console.hub.MountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement that decides "idle" re-checks liveness in the database, so two console instances sweeping at
 * once cannot both claim a mount, nor claim one in use.
 */
@Repository
class MountUsageRows {

    private static final String LIVE = "released_at IS NULL AND last_seen > :liveAfter";

    private final JdbcClient jdbc;

    MountUsageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A released or stale row of the same holder comes back to life. */
    void use(MountId mountId, String holderId, String instanceId, String username, Instant now) {
        int updated = jdbc
                .sql("UPDATE restore_mount_usage SET instance_id = :instance, last_seen = :now, "
                        + "since = CASE WHEN released_at IS NULL THEN since ELSE :now END, released_at = NULL "
                        + "WHERE mount_id = :mount AND holder_id = :holder")
                .param("instance", instanceId)
                .param("now", utc(now))
                .param("mount", mountId.value())
                .param("holder", holderId)
                .update();
        if (updated > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO restore_mount_usage (mount_id, holder_id, instance_id, username, since, last_seen) "
                    + "VALUES (:mount, :holder, :instance, :username, :now, :now)")
                    .param("mount", mountId.value())
                    .param("holder", holderId)
                    .param("instance", instanceId)
                    .param("username", username)
                    .param("now", utc(now))
                    .update();
        } catch (DuplicateKeyException race) {
            use(mountId, holderId, instanceId, username, now);
        }
    }

    void seen(MountId mountId, String holderId, Instant now) {
        jdbc.sql("UPDATE restore_mount_usage SET last_seen = :now WHERE mount_id = :mount AND holder_id = :holder "
                + "AND released_at IS NULL")
                .param("now", utc(now))
                .param("mount", mountId.value())
                .param("holder", holderId)
                .update();
    }

    void release(MountId mountId, String holderId, Instant now) {
        jdbc.sql("UPDATE restore_mount_usage SET released_at = :now WHERE mount_id = :mount AND holder_id = :holder "
                + "AND released_at IS NULL")
                .param("now", utc(now))
                .param("mount", mountId.value())
                .param("holder", holderId)
                .update();
    }

    List<MountUsage.User> live(MountId mountId, Instant liveAfter) {
        return jdbc
                .sql("SELECT holder_id, username, since FROM restore_mount_usage WHERE mount_id = :mount AND " + LIVE
                        + " ORDER BY since, holder_id")
                .param("mount", mountId.value())
                .param("liveAfter", utc(liveAfter))
                .query((rs, n) -> new MountUsage.User(rs.getString("holder_id"), rs.getString("username"),
                        instant(rs, "since")))
                .list();
    }

    /** The last sign of use is the latest release, or the last heartbeat of a holder that stopped sending them. */
    Map<MountId, Instant> idle(Instant liveAfter) {
        return jdbc
                .sql("SELECT mount_id, MAX(COALESCE(released_at, last_seen)) AS idle_since FROM restore_mount_usage "
                        + "GROUP BY mount_id HAVING SUM(CASE WHEN " + LIVE + " THEN 1 ELSE 0 END) = 0")
                .param("liveAfter", utc(liveAfter))
                .query((rs, n) -> Map.entry(new MountId(rs.getString("mount_id")), instant(rs, "idle_since")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One statement, so only one caller can claim the mount. */
    boolean claimIdle(MountId mountId, Instant idleBefore, Instant liveAfter) {
        return jdbc
                .sql("DELETE FROM restore_mount_usage WHERE mount_id = :mount AND NOT EXISTS (SELECT 1 FROM "
                        + "restore_mount_usage u WHERE u.mount_id = :mount AND ((u.released_at IS NULL AND "
                        + "u.last_seen > :liveAfter) OR COALESCE(u.released_at, u.last_seen) > :idleBefore))")
                .param("mount", mountId.value())
                .param("liveAfter", utc(liveAfter))
                .param("idleBefore", utc(idleBefore))
                .update() > 0;
    }

    void unclaim(MountId mountId, Instant since, String instanceId) {
        try {
            jdbc.sql("INSERT INTO restore_mount_usage (mount_id, holder_id, instance_id, username, since, last_seen, "
                    + "released_at) VALUES (:mount, :holder, :instance, :username, :since, :since, :since)")
                    .param("mount", mountId.value())
                    .param("holder", "unmount-retry")
                    .param("instance", instanceId)
                    .param("username", "unknown")
                    .param("since", utc(since))
                    .update();
        } catch (DuplicateKeyException alreadyBack) {
            // Another sweep put it back first.
        }
    }

    void forget(MountId mountId) {
        jdbc.sql("DELETE FROM restore_mount_usage WHERE mount_id = :mount").param("mount", mountId.value()).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t == null) {
            throw new SQLException(column + " is NULL in restore_mount_usage");
        }
        return t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
