package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A backup disk mounted read-only on the hub for file-level restore.
 *
 * <p>The mount expires at {@link #expiresAt()} (one hour after creation, never extended, no
 * keep-alive); the hub removes it up to 15 minutes later. Only 8 mounts can exist at once.
 *
 * @param id the mount id
 * @param backupId the mounted backup; <strong>{@code ""} in {@link HubClient#mounts()}</strong>
 *     (a hub bug), so callers must remember which backup they mounted
 * @param backupDiskId the hub's internal disk row id, the only link back in the mounts list
 * @param diskIndex the disk index; <strong>always 0 in {@link HubClient#mounts()}</strong> (same bug)
 * @param mountPath the directory on the hub (not a path to browse with)
 * @param nbdDevice {@code /dev/nbd0}…{@code /dev/nbd7}
 * @param filesystemType the first mounted partition's file system, may be empty
 * @param status the state
 * @param createdAt when it was mounted
 * @param expiresAt when it expires, if the hub said
 */
public record Mount(
        MountId id,
        String backupId,
        long backupDiskId,
        int diskIndex,
        String mountPath,
        String nbdDevice,
        String filesystemType,
        MountStatus status,
        Instant createdAt,
        @Nullable Instant expiresAt) {}
