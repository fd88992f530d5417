package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Expires one hour after creation (never extended) and is removed up to 15 minutes later; 8 at
 * most. In {@link HubClient#mounts()} {@code backupId} is {@code ""} and {@code diskIndex} 0 (a hub
 * bug): {@code backupDiskId} is the only link back. {@code mountPath} is on the hub, not browsable.
 */
public record Mount(MountId id, String backupId, long backupDiskId, int diskIndex, String mountPath, String nbdDevice,
        String filesystemType, MountStatus status, Instant createdAt, @Nullable Instant expiresAt) {}
