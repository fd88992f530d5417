package com.sendense.hubsim.backup;

import com.sendense.hubsim.restore.BackupCatalog;
import com.sendense.hubsim.restore.MountableDisk;
import com.sendense.hubsim.world.BackupDiskRow;
import com.sendense.hubsim.world.BackupRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The hub's {@code backup_jobs} and {@code backup_disks} tables. Rows are immutable snapshots
 * replaced under one lock, so readers never see half an update. Also the restore half's view of
 * which disks can be mounted ({@link BackupCatalog}).
 */
public final class BackupStore implements BackupCatalog {

    private final Map<String, BackupRow> rows = new LinkedHashMap<>();
    /** QCOW2 bytes left behind by deleted backups: the hub never deletes the files. */
    private final Map<String, Long> orphanedBytes = new HashMap<>();
    /** Per-disk {@code backup_jobs} rows left behind by start failures the hub cleans up only halfway. */
    private final Map<String, Integer> leakedRows = new HashMap<>();
    private final Map<String, Path> hostDirectories;
    private final Clock clock;
    private long nextBackupDiskId;

    public record PerDisk(BackupRow parent, BackupDiskRow disk) {}

    /** Inserting a second row with an existing primary key, as MariaDB refuses it. */
    public static final class DuplicateKeyException extends Exception {

        public DuplicateKeyException(String id) {
            super("Error 1062 (23000): Duplicate entry '" + id + "' for key 'PRIMARY'", null, false, false);
        }
    }

    public BackupStore(List<BackupRow> initial, long nextBackupDiskId, Map<String, Path> hostDirectories, Clock clock) {
        initial.forEach(row -> rows.put(row.id(), row));
        this.nextBackupDiskId = nextBackupDiskId;
        this.hostDirectories = Map.copyOf(hostDirectories);
        this.clock = clock;
    }

    public synchronized Optional<BackupRow> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    public synchronized Optional<PerDisk> findPerDisk(String perDiskJobId) {
        for (BackupRow row : rows.values()) {
            for (BackupDiskRow disk : row.disks()) {
                if (disk.perDiskJobId().equals(perDiskJobId) && !disk.jobRowDeleted()) {
                    return Optional.of(new PerDisk(row, disk));
                }
            }
        }
        return Optional.empty();
    }

    /** Every parent row, newest first ({@code ORDER BY created_at DESC}). */
    public synchronized List<BackupRow> newestFirst() {
        List<BackupRow> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(BackupRow::createdAt).thenComparing(BackupRow::id).reversed());
        return all;
    }

    public synchronized void insert(BackupRow row) throws DuplicateKeyException {
        if (rows.containsKey(row.id())) {
            throw new DuplicateKeyException(row.id());
        }
        rows.put(row.id(), row);
    }

    public synchronized Optional<BackupRow> update(String id, UnaryOperator<BackupRow> change) {
        BackupRow row = rows.get(id);
        if (row == null) {
            return Optional.empty();
        }
        BackupRow changed = change.apply(row);
        rows.put(id, changed);
        return Optional.of(changed);
    }

    /** {@code DELETE FROM backup_jobs WHERE id=?}: the parent row and, by cascade, its backup_disks. Files stay. */
    public synchronized Optional<BackupRow> delete(String id) {
        BackupRow removed = rows.remove(id);
        if (removed != null) {
            orphanedBytes.merge(removed.repositoryId(), removed.bytesTransferred(), Long::sum);
            leakedRows.merge(removed.repositoryId(),
                    (int) removed.disks().stream().filter(d -> !d.jobRowDeleted()).count(), Integer::sum);
        }
        return Optional.ofNullable(removed);
    }

    /** Deletes only a per-disk job row; the parent and its backup_disks rows stay. */
    public synchronized boolean deletePerDisk(String perDiskJobId) {
        for (BackupRow row : rows.values()) {
            for (BackupDiskRow disk : row.disks()) {
                if (disk.perDiskJobId().equals(perDiskJobId) && !disk.jobRowDeleted()) {
                    rows.put(row.id(), row
                            .withDisks(row.disks().stream().map(d -> d == disk ? d.withJobRowDeleted() : d).toList()));
                    return true;
                }
            }
        }
        return false;
    }

    /** Per-disk rows and QCOW2 files a failed start left behind after deleting its parent row. */
    public synchronized void leak(String repositoryId, int perDiskRows) {
        leakedRows.merge(repositoryId, perDiskRows, Integer::sum);
    }

    public synchronized long allocateBackupDiskId() {
        return nextBackupDiskId++;
    }

    /** Bytes of QCOW2 data in a repository, including files of deleted backups. */
    public synchronized long bytesStored(String repositoryId) {
        long live = rows.values()
                .stream()
                .filter(r -> r.repositoryId().equals(repositoryId))
                .mapToLong(BackupRow::bytesTransferred)
                .sum();
        return live + orphanedBytes.getOrDefault(repositoryId, 0L);
    }

    /** {@code COUNT(*)} of backup_jobs rows in a repository: parents, per-disk rows and leaked rows alike. */
    public synchronized int jobRowCount(String repositoryId) {
        int count = 0;
        for (BackupRow row : rows.values()) {
            if (row.repositoryId().equals(repositoryId)) {
                count += 1 + (int) row.disks().stream().filter(d -> !d.jobRowDeleted()).count();
            }
        }
        // Deleted parents leave their per-disk rows behind, like the hub.
        return count + leakedRows.getOrDefault(repositoryId, 0);
    }

    @Override
    public synchronized Optional<MountableDisk> completedDisk(String backupId, int diskIndex) {
        BackupRow row = rows.get(backupId);
        if (row == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return row.disks()
                .stream()
                .filter(d -> d.diskIndex() == diskIndex && d.completedBy(now))
                .findFirst()
                .map(d -> new MountableDisk(d.backupDiskId(), row.id(), row.vmName(), d.diskIndex(), d.sizeBytes(),
                        d.layout(), d.qcow2Path(), row.createdAt(),
                        hostDirectories.get(row.vmName() + "/" + d.diskIndex())));
    }
}
