package com.sendense.hubsim.world;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The hub's protection tables as rows; times are whole seconds, as the database holds them. */
public final class ProtectionRows {

    private ProtectionRows() {}

    /** A {@code protection_flows} row. */
    public record Flow(String id, String name, @Nullable String description, String flowType, String targetType,
            String targetId, String repositoryId, String policyId, String scheduleId, boolean enabled,
            Instant createdAt, Instant updatedAt, FlowStatus status) {

        public Flow withStatus(FlowStatus next) {
            return new Flow(id, name, description, flowType, targetType, targetId, repositoryId, policyId, scheduleId,
                    enabled, createdAt, updatedAt, next);
        }
    }

    /** {@code lastStatus} is {@code pending} until the first run; {@code lastTime} is cleared when a run starts. */
    public record FlowStatus(String lastExecutionId, String lastStatus, @Nullable Instant lastTime, int total,
            int successful, int failed) {

        public static final FlowStatus NEVER_RUN = new FlowStatus("", "pending", null, 0, 0, 0);
    }

    /** {@code jobIdsSaved} is false when a start failed: the hub then never stores the ids (P2.13 step 7). */
    public record Execution(String id, String flowId, String status, Instant startedAt, @Nullable Instant completedAt,
            int jobsCreated, int jobsCompleted, int jobsFailed, int jobsSkipped, int vmsProcessed,
            @Nullable String errorMessage, List<String> createdJobIds, boolean jobIdsSaved, Instant createdAt) {

        public Execution {
            createdJobIds = List.copyOf(createdJobIds);
        }

        /** The ids the database returns on a later read. */
        public List<String> storedJobIds() {
            return jobIdsSaved ? createdJobIds : List.of();
        }

        public boolean running() {
            return status.equals("running");
        }

        public Execution finished(String outcome, int completed, int failedJobs, Instant at) {
            return new Execution(id, flowId, outcome, startedAt, at, jobsCreated, completed, failedJobs, jobsSkipped,
                    vmsProcessed, errorMessage, createdJobIds, jobIdsSaved, createdAt);
        }
    }

    /** A {@code replication_schedules} row. */
    public record Schedule(String id, String name, @Nullable String description, String cron, String timezone,
            boolean skipIfRunning, int maxConcurrentJobs, String replicationType, int retryAttempts,
            int retryDelayMinutes, boolean enabled, String createdBy, Instant createdAt, Instant updatedAt) {}

    /** A {@code vm_machine_groups} row. */
    public record Group(String id, String name, String description, String scheduleId, int maxConcurrentVms,
            int priority, String createdBy, Instant createdAt, Instant updatedAt) {}

    /** A {@code vm_group_memberships} row. */
    public record Membership(String id, String groupId, String contextId, boolean enabled, int priority,
            Instant addedAt, String addedBy) {}

    /** A {@code vmware_credentials} row; the password never leaves the hub. */
    public record Credential(int id, String name, String vcenterHost, String username, String password,
            String datacenter, boolean active, boolean isDefault, String createdBy, Instant createdAt,
            Instant updatedAt) {}

    /** A {@code backup_policies} row with its copy rules; nothing in the hub ever applies it. */
    public record Policy(String id, String name, boolean enabled, String primaryRepositoryId, int retentionDays,
            List<CopyRule> copyRules, Instant createdAt, Instant updatedAt) {

        public Policy {
            copyRules = List.copyOf(copyRules);
        }
    }

    /** A {@code backup_copy_rules} row; {@code createdAt} keeps its nanoseconds until read back. */
    public record CopyRule(String id, String policyId, String destinationRepositoryId, String copyMode, int priority,
            boolean enabled, boolean verifyAfterCopy, Instant createdAt) {}

    /**
     * A {@code schedule_executions} row.
     *
     * @param summary {@code execution_details} as the response shows it, parsed into a map
     */
    public record ScheduleExecution(String id, String scheduleId, String status, Instant scheduledAt,
            @Nullable Instant startedAt, @Nullable Instant completedAt, int durationSeconds, int jobsCreated,
            int jobsCompleted, int jobsFailed, int vmsEligible, String triggeredBy,
            java.util.Map<String, Object> summary, Instant createdAt) {}
}
