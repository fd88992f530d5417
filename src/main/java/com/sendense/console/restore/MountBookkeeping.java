package com.sendense.console.restore;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The console's memory of what each mount is, in SQL that runs on H2 and PostgreSQL alike; times travel as UTC. */
@Repository
class MountBookkeeping {

    private static final String COLUMNS = "mount_id, vm_name, backup_id, disk_index, disk_size_bytes, backup_type, "
            + "backup_created_at, backup_disk_id, created_by, created_at, expires_at, recorded_at";

    private final JdbcClient jdbc;

    MountBookkeeping(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hub returns the existing mount of a mounted disk: its first record, and who made it, win. */
    MountEntry insertIfAbsent(MountEntry e) {
        Optional<MountEntry> existing = find(e.mountId());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("INSERT INTO restore_mount (" + COLUMNS + ") VALUES (:mountId, :vmName, :backupId, :diskIndex, "
                    + ":diskSize, :backupType, :backupCreatedAt, :backupDiskId, :createdBy, :createdAt, :expiresAt, "
                    + ":recordedAt)")
                    .param("mountId", e.mountId().value())
                    .param("vmName", e.vmName())
                    .param("backupId", e.backupId().value())
                    .param("diskIndex", e.diskIndex())
                    .param("diskSize", e.diskSizeBytes())
                    .param("backupType", e.backupType() == null ? null : e.backupType().name())
                    .param("backupCreatedAt", utc(e.backupCreatedAt()))
                    .param("backupDiskId", e.backupDiskId())
                    .param("createdBy", e.createdBy())
                    .param("createdAt", utc(e.createdAt()))
                    .param("expiresAt", utc(e.expiresAt()))
                    .param("recordedAt", utc(e.recordedAt()))
                    .update();
            return e;
        } catch (DuplicateKeyException race) {
            // Two users mounted the same disk at the same moment and got the same mount back.
            return find(e.mountId()).orElseThrow(() -> race);
        }
    }

    Optional<MountEntry> find(MountId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM restore_mount WHERE mount_id = :id")
                .param("id", id.value())
                .query(MountBookkeeping::row)
                .optional();
    }

    List<MountEntry> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM restore_mount ORDER BY created_at DESC")
                .query(MountBookkeeping::row)
                .list();
    }

    boolean delete(MountId id) {
        return jdbc.sql("DELETE FROM restore_mount WHERE mount_id = :id").param("id", id.value()).update() > 0;
    }

    /** Keeps rows recorded after {@code listedAt}: their mount may have been made while the listing was on its way. */
    int pruneAbsent(Collection<MountId> listed, Instant listedAt) {
        List<String> stale = findAll().stream()
                .filter(e -> !listed.contains(e.mountId()) && e.recordedAt().isBefore(listedAt))
                .map(e -> e.mountId().value())
                .toList();
        if (stale.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM restore_mount WHERE mount_id IN (:ids) AND recorded_at < :listedAt")
                .param("ids", stale)
                .param("listedAt", utc(listedAt))
                .update();
    }

    private static MountEntry row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("backup_type");
        long size = rs.getLong("disk_size_bytes");
        Long diskSize = rs.wasNull() ? null : size;
        long diskId = rs.getLong("backup_disk_id");
        Long backupDiskId = rs.wasNull() ? null : diskId;
        return new MountEntry(new MountId(rs.getString("mount_id")), rs.getString("vm_name"),
                new BackupId(rs.getString("backup_id")), rs.getInt("disk_index"), diskSize,
                type == null ? null : BackupType.valueOf(type), instant(rs, "backup_created_at"), backupDiskId,
                rs.getString("created_by"), required(rs, "created_at"), required(rs, "expires_at"),
                required(rs, "recorded_at"));
    }

    private static Instant required(ResultSet rs, String column) throws SQLException {
        Instant t = instant(rs, column);
        if (t == null) {
            throw new SQLException(column + " is NULL in restore_mount");
        }
        return t;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
