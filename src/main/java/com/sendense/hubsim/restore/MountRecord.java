package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.DiskImage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One row of the hub's {@code restore_mounts} table. Times are kept with nanoseconds as
 * {@code time.Now()} made them; {@link #createdAtDb()} and {@link #expiresAtDb()} are what MariaDB
 * stored ({@code DATETIME} truncates to whole seconds) and what every later read returns.
 */
final class MountRecord {

    enum Status {

        MOUNTING, MOUNTED, FAILED, UNMOUNTING;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final MountableDisk disk;
    private final DiskImage image;
    private final String nbdDevice;
    private final Instant createdAt;
    private final Instant expiresAt;
    private volatile Status status = Status.MOUNTING;
    private volatile String filesystemType = "";
    private volatile Instant lastAccessedAt;

    MountRecord(String id, MountableDisk disk, DiskImage image, String nbdDevice, Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.disk = disk;
        this.image = image;
        this.nbdDevice = nbdDevice;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastAccessedAt = createdAt;
    }

    String id() {
        return id;
    }

    MountableDisk disk() {
        return disk;
    }

    DiskImage image() {
        return image;
    }

    long backupDiskId() {
        return disk.backupDiskId();
    }

    String nbdDevice() {
        return nbdDevice;
    }

    /** {@code /mnt/sendense/restore/<uuid>}. */
    String mountPath() {
        return HubNamespace.RESTORE_DIR + "/" + id;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant createdAtDb() {
        return createdAt.truncatedTo(ChronoUnit.SECONDS);
    }

    Instant expiresAtDb() {
        return expiresAt.truncatedTo(ChronoUnit.SECONDS);
    }

    Status status() {
        return status;
    }

    void status(Status status) {
        this.status = status;
    }

    boolean active() {
        return status == Status.MOUNTING || status == Status.MOUNTED;
    }

    String filesystemType() {
        return filesystemType;
    }

    void filesystemType(String type) {
        this.filesystemType = type;
    }

    void touch(Instant now) {
        this.lastAccessedAt = now;
    }

    Instant lastAccessedAt() {
        return lastAccessedAt;
    }

    int deviceNumber() {
        return Integer.parseInt(nbdDevice.substring("/dev/nbd".length()));
    }
}
