package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of health, login and protection flows (contract §1.2, §2, §6). */
final class MiscJson {

    private MiscJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Health(@Nullable String status, @Nullable String service, @Nullable String version,
            @Nullable String database, @Nullable String timestamp) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LoginRequest(String applianceId, String token, String version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LoginResponse(@Nullable Boolean success, @Nullable String sessionToken, @Nullable String expiresAt,
            @Nullable String errorMessage) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Flow(@Nullable String id, @Nullable String name, @Nullable String description, @Nullable String flowType,
            @Nullable String targetType, @Nullable String targetId, @Nullable String repositoryId,
            @Nullable String repositoryName, @Nullable String policyId, @Nullable String policyName,
            @Nullable String scheduleId, @Nullable String scheduleName, @Nullable String scheduleCron,
            @Nullable Boolean enabled, @Nullable FlowStatus status, @Nullable String createdAt,
            @Nullable String updatedAt, @Nullable String createdBy) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FlowStatus(@Nullable String lastExecutionId, @Nullable String lastExecutionStatus,
            @Nullable String lastExecutionTime, @Nullable String nextExecutionTime, @Nullable Integer totalExecutions,
            @Nullable Integer successfulExecutions, @Nullable Integer failedExecutions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FlowList(@Nullable List<Flow> flows, @Nullable Integer total) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Execution(@Nullable String id, @Nullable String flowId, @Nullable String status,
            @Nullable String executionType, @Nullable String startedAt, @Nullable String completedAt,
            @Nullable Long executionTimeSeconds, @Nullable Integer jobsCreated, @Nullable Integer jobsCompleted,
            @Nullable Integer jobsFailed, @Nullable Integer jobsSkipped, @Nullable Integer vmsProcessed,
            @Nullable Long bytesTransferred, @Nullable String errorMessage, @Nullable List<String> createdJobIds,
            @Nullable String triggeredBy, @Nullable String createdAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ExecutionList(@Nullable List<Execution> executions, @Nullable Integer total) {}
}
