package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Backups as the hub client returns them, for dashboard tests. */
public final class TestBackups {

    public static final String REPO = "repo-local-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestBackups() {}

    public static Backup completed(String vm, Instant startedAt, long bytes) {
        return backup(vm, BackupStatus.COMPLETED, startedAt, bytes, REPO, null);
    }

    public static Backup failed(String vm, Instant startedAt, String error) {
        return backup(vm, BackupStatus.FAILED, startedAt, 1L << 30, REPO, error);
    }

    public static Backup full(String vm, Instant startedAt, long bytes, String repositoryId) {
        return backup(vm, BackupType.FULL, BackupStatus.COMPLETED, startedAt, bytes, repositoryId, null);
    }

    public static Backup incremental(String vm, Instant startedAt, long bytes, String repositoryId) {
        return backup(vm, BackupType.INCREMENTAL, BackupStatus.COMPLETED, startedAt, bytes, repositoryId, null);
    }

    public static Backup backup(String vm, BackupStatus status, Instant startedAt, long bytes, String repositoryId,
            @Nullable String error) {
        return backup(vm, BackupType.INCREMENTAL, status, startedAt, bytes, repositoryId, error);
    }

    public static Backup backup(String vm, BackupType type, BackupStatus status, Instant startedAt, long bytes,
            String repositoryId, @Nullable String error) {
        String id = "backup-" + vm + "-" + startedAt.getEpochSecond() + "-" + SEQUENCE.incrementAndGet();
        boolean done = status.isTerminal();
        return new Backup(new BackupId(id), "ctx-" + vm, vm, type, repositoryId, null, status, bytes, bytes, 1, error,
                done ? "completed" : "transferring", 100L << 20, done ? 100 : 40, startedAt, startedAt, startedAt,
                done ? startedAt.plusSeconds(600) : null);
    }
}
