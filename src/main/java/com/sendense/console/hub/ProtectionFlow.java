package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A protection flow: a schedule that backs up a VM or a group into a repository, choosing full or
 * incremental by itself.
 *
 * @param id the flow id
 * @param name the name
 * @param description the description, if any
 * @param flowType backup or replication
 * @param targetType VM or group
 * @param targetId the VM context id or the group id
 * @param repositoryId the target repository, if any
 * @param repositoryName its name, if any
 * @param policyId the policy, if any
 * @param policyName its name, if any
 * @param scheduleId the schedule, if any
 * @param scheduleName its name, if any
 * @param scheduleCron its cron expression (with seconds), if any
 * @param enabled whether the flow runs
 * @param runs run statistics
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param createdBy who created it
 */
public record ProtectionFlow(
        String id,
        String name,
        @Nullable String description,
        FlowType flowType,
        FlowTargetType targetType,
        String targetId,
        @Nullable String repositoryId,
        @Nullable String repositoryName,
        @Nullable String policyId,
        @Nullable String policyName,
        @Nullable String scheduleId,
        @Nullable String scheduleName,
        @Nullable String scheduleCron,
        boolean enabled,
        FlowRunSummary runs,
        Instant createdAt,
        Instant updatedAt,
        String createdBy) {}
