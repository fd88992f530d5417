package com.sendense.hubsim.restore;

import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.files.DiskImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code restore_mounts} rows (UNIQUE on {@code nbd_device} and {@code backup_disk_id}) and the kernel's mounts.
 * They disagree as on the real hub: a deleted backup removes the rows but leaves the mount and its NBD device busy.
 */
final class MountTable {

    /** A file system tree mounted under {@code /mnt/sendense/restore/<id>}. */
    record LiveMount(String id, DiskImage image, Instant createdAt) {}

    private final SimulatorConfig config;
    private final BackupCatalog catalog;
    private final Map<String, MountRecord> rows = new LinkedHashMap<>();
    private final Map<String, LiveMount> kernelMounts = new LinkedHashMap<>();
    private final Set<String> leakedDevices = new HashSet<>();

    MountTable(SimulatorConfig config, BackupCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    /** {@code MountManager.MountBackup}; the result says whether an existing mount was reused. */
    synchronized Mounted mount(String backupId, int diskIndex) throws HubError {
        MountableDisk disk = catalog.completedDisk(backupId, diskIndex)
                .map(this::withHostDirectory)
                .orElseThrow(() -> HubError.internal("failed to find backup disk file: disk not found: backup_id="
                        + backupId + ", disk_index=" + diskIndex + ": record not found"));
        Optional<MountRecord> existing = rows.values()
                .stream()
                .filter(r -> r.backupDiskId() == disk.backupDiskId() && r.active())
                .findFirst();
        if (existing.isPresent()) {
            existing.get().touch(now());
            return new Mounted(existing.get(), true);
        }
        long active = rows.values().stream().filter(MountRecord::active).count();
        int max = config.maxMounts();
        if (active >= max) {
            throw HubError.internal("maximum concurrent mounts reached (" + active + "/" + max
                    + ") - please wait for cleanup or unmount unused backups");
        }
        String device = allocateDevice(max, active);
        String id = UUID.randomUUID().toString();
        Instant now = now();
        MountRecord row = new MountRecord(id, disk, DiskImage.of(disk), device, now, now.plus(config.mountTtl()));
        insert(row);
        perform(row);
        return new Mounted(row, false);
    }

    /** A mount response: a fresh row, or an existing one read back from the database. */
    record Mounted(MountRecord row, boolean reused) {}

    private MountableDisk withHostDirectory(MountableDisk disk) {
        Path host = config.hostDirectories().get(disk.vmName() + "/" + disk.diskIndex());
        if (disk.hostDirectory() != null || host == null) {
            return disk;
        }
        return new MountableDisk(disk.backupDiskId(), disk.backupId(), disk.vmName(), disk.diskIndex(),
                disk.sizeBytes(), disk.layout(), disk.qcow2Path(), disk.capturedAt(), host);
    }

    /** The lowest device that no mounting/mounted row holds: failed rows are ignored, as by the hub. */
    private String allocateDevice(int max, long active) throws HubError {
        Set<String> allocated = new HashSet<>();
        rows.values().stream().filter(MountRecord::active).forEach(r -> allocated.add(r.nbdDevice()));
        for (int i = 0; i < max; i++) {
            String device = "/dev/nbd" + i;
            if (!allocated.contains(device)) {
                return device;
            }
        }
        throw HubError.internal("failed to allocate NBD device: no available NBD devices in restore pool (/dev/nbd0-"
                + (max - 1) + ") - " + allocated.size() + " mounts active");
    }

    /** The INSERT, with MariaDB's duplicate-key errors for the two UNIQUE keys. */
    private void insert(MountRecord row) throws HubError {
        for (MountRecord other : rows.values()) {
            if (other.backupDiskId() == row.backupDiskId()) {
                throw duplicate(String.valueOf(row.backupDiskId()), "uk_backup_disk");
            }
        }
        for (MountRecord other : rows.values()) {
            if (other.nbdDevice().equals(row.nbdDevice())) {
                throw duplicate(row.nbdDevice(), "uk_nbd_device");
            }
        }
        rows.put(row.id(), row);
    }

    private static HubError duplicate(String value, String key) {
        return HubError.internal("failed to create mount record: Error 1062 (23000): Duplicate entry '" + value
                + "' for key '" + key + "'");
    }

    /** qemu-nbd, then mounting every partition; a failure leaves the row as {@code failed}. */
    private void perform(MountRecord row) throws HubError {
        if (leakedDevices.contains(row.nbdDevice())) {
            row.status(MountRecord.Status.FAILED);
            throw HubError
                    .internal("mount operation failed: failed to export QCOW2: qemu-nbd failed: exit status 1, output: "
                            + "qemu-nbd: Failed to set NBD socket\n");
        }
        if (row.image().mounted().isEmpty()) {
            row.status(MountRecord.Status.FAILED);
            throw HubError
                    .internal("mount operation failed: failed to mount partitions: no mountable partitions found");
        }
        row.filesystemType(row.image().filesystemType());
        row.status(MountRecord.Status.MOUNTED);
        kernelMounts.put(row.id(), new LiveMount(row.id(), row.image(), row.createdAt()));
    }

    /** {@code GetByID}: any row, whatever its status. */
    synchronized Optional<MountRecord> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** {@code ListActive}: mounting and mounted rows, newest first. */
    synchronized List<MountRecord> active() {
        List<MountRecord> list = new ArrayList<>(rows.values().stream().filter(MountRecord::active).toList());
        list.sort(Comparator.comparing(MountRecord::createdAt).reversed());
        return list;
    }

    /** {@code UnmountBackup}: every step's error is only logged, so only an unknown id fails. */
    synchronized void unmount(String id) throws HubError {
        MountRecord row = rows.get(id);
        if (row == null) {
            throw HubError.internal("mount not found: failed to get restore mount: record not found");
        }
        row.status(MountRecord.Status.UNMOUNTING);
        kernelMounts.remove(id);
        rows.remove(id);
    }

    /** The cleanup worker's pass: unmounts active rows with {@code expires_at < NOW()}; returns how many. */
    synchronized int cleanupExpired() {
        Instant now = now().truncatedTo(ChronoUnit.SECONDS);
        List<String> expired = rows.values()
                .stream()
                .filter(r -> r.active() && r.expiresAtDb().isBefore(now))
                .map(MountRecord::id)
                .toList();
        expired.forEach(id -> {
            kernelMounts.remove(id);
            rows.remove(id);
        });
        return expired.size();
    }

    /** Active rows past their expiry that the worker has not removed yet. */
    synchronized int expiredCount() {
        Instant now = now().truncatedTo(ChronoUnit.SECONDS);
        return (int) rows.values().stream().filter(r -> r.active() && r.expiresAtDb().isBefore(now)).count();
    }

    /**
     * {@code DELETE /backups} cascade: the kernel mounts and NBD devices stay (a later mount on one fails in qemu-nbd).
     */
    synchronized void backupDeleted(String backupId) {
        List<MountRecord> gone = rows.values().stream().filter(r -> r.disk().backupId().equals(backupId)).toList();
        for (MountRecord row : gone) {
            rows.remove(row.id());
            if (kernelMounts.containsKey(row.id())) {
                leakedDevices.add(row.nbdDevice());
            }
        }
    }

    synchronized int clearFailed() {
        List<String> failed = rows.values()
                .stream()
                .filter(r -> r.status() == MountRecord.Status.FAILED)
                .map(MountRecord::id)
                .toList();
        failed.forEach(rows::remove);
        return failed.size();
    }

    /** Everything mounted under {@code /mnt/sendense/restore}, including leaked mounts. */
    synchronized List<LiveMount> kernelMounts() {
        return List.copyOf(kernelMounts.values());
    }

    synchronized Optional<LiveMount> kernelMount(String id) {
        return Optional.ofNullable(kernelMounts.get(id));
    }

    /** Records an access ({@code last_accessed_at}, which nothing reads). */
    synchronized void touch(MountRecord row) {
        row.touch(now());
    }

    private Instant now() {
        return config.clock().instant();
    }
}
