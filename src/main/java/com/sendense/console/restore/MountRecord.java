package com.sendense.console.restore;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mount on the hub as the console shows it: the hub's mount joined with the console's own
 * record of what was mounted, because the hub's mount list no longer says which backup or disk a
 * mount belongs to.
 *
 * <p>When {@link #knownToConsole()} is {@code false} the mount was made outside this console
 * (another tool, or a console whose database was lost): VM, backup and disk are then unknown and
 * {@code null}.
 *
 * @param mountId the hub's mount id
 * @param vmName the VM, {@code null} when not known to the console
 * @param backupId the mounted backup, {@code null} when not known to the console
 * @param diskIndex the mounted disk, {@code null} when not known to the console
 * @param diskSizeBytes the disk's size from the VM's current disks, if known
 * @param backupCreatedAt when the backup (the recovery point) was taken, if known
 * @param backupType full or incremental, if known
 * @param createdBy the console user who mounted it; {@code null} when the console did not create
 *     the mount (made outside the console, or the console found it already mounted)
 * @param createdAt when the hub created the mount
 * @param expiresAt when the hub's hard one-hour lease ends; never extended
 * @param filesystemType the first partition's file system as the hub reports it, may be empty
 * @param nbdDevice the hub's block device, {@code /dev/nbd0}…{@code /dev/nbd7}
 * @param status mounting or mounted
 * @param knownToConsole whether the console has a record of this mount
 */
public record MountRecord(
        MountId mountId,
        @Nullable String vmName,
        @Nullable BackupId backupId,
        @Nullable Integer diskIndex,
        @Nullable Long diskSizeBytes,
        @Nullable Instant backupCreatedAt,
        @Nullable BackupType backupType,
        @Nullable String createdBy,
        Instant createdAt,
        Instant expiresAt,
        String filesystemType,
        String nbdDevice,
        MountStatus status,
        boolean knownToConsole) {

    /** The hub's mount lease; it cannot be extended. */
    public static final Duration LEASE = Duration.ofHours(1);

    /** How long before expiry users are warned. */
    public static final Duration WARNING_BEFORE_EXPIRY = Duration.ofMinutes(5);

    /**
     * The time left on the lease, never negative.
     *
     * @param now the current time
     * @return the remaining time, zero once expired
     */
    public Duration remaining(Instant now) {
        Duration d = Duration.between(now, expiresAt);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Whether the lease has ended. The hub removes an expired mount at its next cleanup run, up
     * to 15 minutes later; until then it still lists it.
     *
     * @param now the current time
     * @return {@code true} at or after {@link #expiresAt()}
     */
    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * Whether the lease ends within {@link #WARNING_BEFORE_EXPIRY}.
     *
     * @param now the current time
     * @return {@code true} in the last five minutes, and after expiry
     */
    public boolean expiringSoon(Instant now) {
        return !now.isBefore(expiresAt.minus(WARNING_BEFORE_EXPIRY));
    }

    /**
     * Whether the hub is still mounting the disk (browsing fails until it is mounted).
     *
     * @return {@code true} while mounting
     */
    public boolean mounting() {
        return status == MountStatus.MOUNTING;
    }
}
