package com.sendense.hubsim.world;

import java.time.Instant;

/**
 * A {@code backup_repositories} row plus its simulated file system.
 *
 * @param type             {@code local}, {@code nfs}, {@code cifs} or {@code smb}
 * @param enabled          disabled repositories exist in the database but are never loaded, so
 *                         the API does not list them and backups into them fail at preparation
 * @param capacityBytes    file system size ({@code statfs})
 * @param baselineUsedBytes space used by things other than backups (file system overhead, other files)
 */
public record Repository(
        String id,
        String name,
        String type,
        boolean enabled,
        RepositoryConfig config,
        boolean immutable,
        int minRetentionDays,
        long capacityBytes,
        long baselineUsedBytes,
        Instant createdAt,
        Instant updatedAt) {
}
