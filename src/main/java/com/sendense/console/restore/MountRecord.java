package com.sendense.console.restore;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The hub's mount joined with the console's record of it, because the hub's mount list no longer says which
 * backup or disk a mount is. Not {@code knownToConsole}: made outside this console (or its database was lost),
 * so VM, backup and disk are {@code null}. {@code createdBy} is {@code null} also when the console found the
 * disk already mounted; {@code diskSizeBytes} comes from the VM's current disks.
 */
public record MountRecord(MountId mountId, @Nullable String vmName, @Nullable BackupId backupId,
        @Nullable Integer diskIndex, @Nullable Long diskSizeBytes, @Nullable Instant backupCreatedAt,
        @Nullable BackupType backupType, @Nullable String createdBy, Instant createdAt, Instant expiresAt,
        String filesystemType, String nbdDevice, MountStatus status, boolean knownToConsole) {

    /** The hub cannot extend it. */
    public static final Duration LEASE = Duration.ofHours(1);

    public static final Duration WARNING_BEFORE_EXPIRY = Duration.ofMinutes(5);

    public Duration remaining(Instant now) {
        Duration d = Duration.between(now, expiresAt);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The hub still lists an expired mount until its next cleanup, up to 15 minutes later. */
    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean expiringSoon(Instant now) {
        return !now.isBefore(expiresAt.minus(WARNING_BEFORE_EXPIRY));
    }

    /** Browsing fails until the hub has mounted the disk. */
    public boolean mounting() {
        return status == MountStatus.MOUNTING;
    }
}
