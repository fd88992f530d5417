package com.sendense.hubsim.world;

import java.time.Instant;

/**
 * A {@code backup_repositories} row plus its simulated file system. A disabled repository is never
 * loaded: the API does not list it and backups into it fail at preparation.
 */
public record Repository(String id, String name, String type, boolean enabled, RepositoryConfig config,
        boolean immutable, int minRetentionDays, long capacityBytes, long baselineUsedBytes, Instant createdAt,
        Instant updatedAt) {}
