package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Backups and repositories as the hub client returns them, for history tests. */
public final class TestBackups {

    public static final String LOCAL = "repo-local-1759780081";
    public static final String NFS = "repo-nfs-1759780099";

    private TestBackups() {}

    public static Repository repository(String id, String name) {
        Instant t = Instant.parse("2025-09-01T10:00:00Z");
        return new Repository(id, name, RepositoryType.LOCAL, true, false, 0, null, t, t, Map.of());
    }

    /** A finished backup that started at {@code start} and ran {@code minutes}. */
    public static Backup completed(String vm, String repo, BackupType type, String start, int minutes, long bytes) {
        Instant s = Instant.parse(start);
        return backup(vm, repo, type, BackupStatus.COMPLETED, s, s.plus(Duration.ofMinutes(minutes)), bytes, null);
    }

    public static Backup failed(String vm, String repo, BackupType type, String start, String error) {
        Instant s = Instant.parse(start);
        return backup(vm, repo, type, BackupStatus.FAILED, s, s.plus(Duration.ofMinutes(3)), 1L << 30, error);
    }

    public static Backup running(String vm, String repo, BackupType type, String start) {
        return backup(vm, repo, type, BackupStatus.RUNNING, Instant.parse(start), null, 1L << 30, null);
    }

    public static Backup backup(String vm, String repo, BackupType type, BackupStatus status, Instant start,
            @Nullable Instant end, long bytes, @Nullable String error) {
        return new Backup(new BackupId("backup-" + vm + "-" + start.getEpochSecond()), "ctx-" + vm + "-20251006-203401",
                vm, type, repo, null, status, bytes, type == BackupType.FULL ? bytes : bytes * 40, 2, error,
                status == BackupStatus.COMPLETED ? "completed" : "transferring", 150L << 20,
                status == BackupStatus.COMPLETED ? 100 : 40, start, start, start, end);
    }

    /** The same backup in another state, as a second hub list might show it moments later. */
    public static Backup withStatus(Backup b, BackupStatus status, @Nullable Instant end) {
        return new Backup(b.id(), b.vmContextId(), b.vmName(), b.type(), b.repositoryId(), b.policyId(), status,
                b.totalBytes(), b.totalBytes(), b.disksCount(), b.errorMessage(), b.currentPhase(),
                b.transferSpeedBps(), 100, b.lastTelemetryAt(), b.createdAt(), b.startedAt(), end);
    }
}
