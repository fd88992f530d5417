package com.sendense.hubsim.world;

import java.time.Instant;

/** A schedule that backs up a VM or a group ({@code targetType} {@code vm} or {@code group}) into a repository. */
public record ProtectionFlow(String id, String name, String description, String targetType, String targetId,
        String repositoryId, String scheduleId, boolean enabled, Instant createdAt, Instant updatedAt) {}
