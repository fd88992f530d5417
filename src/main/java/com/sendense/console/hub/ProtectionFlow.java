package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A schedule that backs up a VM or a group, choosing full or incremental by itself; cron has seconds. */
public record ProtectionFlow(String id, String name, @Nullable String description, FlowType flowType,
        FlowTargetType targetType, String targetId, @Nullable String repositoryId, @Nullable String repositoryName,
        @Nullable String policyId, @Nullable String policyName, @Nullable String scheduleId,
        @Nullable String scheduleName, @Nullable String scheduleCron, boolean enabled, FlowRunSummary runs,
        Instant createdAt, Instant updatedAt, String createdBy) {}
