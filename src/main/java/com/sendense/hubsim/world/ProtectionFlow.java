package com.sendense.hubsim.world;

import java.time.Instant;

/**
 * A protection flow: a schedule that backs up a VM or a group into a repository.
 *
 * @param targetType {@code vm} or {@code group}
 * @param targetId   a context id or a group id
 */
public record ProtectionFlow(
        String id,
        String name,
        String description,
        String targetType,
        String targetId,
        String repositoryId,
        String scheduleId,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {
}
