package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Wire shapes of the flow writes, bulk calls, summary and test (contract P2), and of schedules (P3); flow reads are in
 * {@link MiscJson}.
 */
final class FlowJson {

    private FlowJson() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(String name, @Nullable String description, String flowType, String targetType, String targetId,
            String repositoryId, @Nullable String policyId, @Nullable String scheduleId, boolean enabled) {}

    /** Absent fields are left unchanged by the hub, so nulls are not sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Update(@Nullable String name, @Nullable String description, @Nullable String repositoryId,
            @Nullable String policyId, @Nullable String scheduleId, @Nullable Boolean enabled) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BulkRequest(List<String> flowIds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BulkResult(@Nullable String action, @Nullable List<String> errors, @Nullable Integer failed,
            @Nullable Integer requested, @Nullable Integer successful) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Summary(@Nullable Integer totalFlows, @Nullable Integer enabledFlows, @Nullable Integer disabledFlows,
            @Nullable Integer backupFlows, @Nullable Integer replicationFlows, @Nullable Integer totalExecutionsToday,
            @Nullable Integer successfulExecutionsToday, @Nullable Integer failedExecutionsToday) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Test(@Nullable Boolean valid, @Nullable List<String> errors) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(@Nullable String id, @Nullable String name, @Nullable String description,
            @Nullable String cronExpression, @Nullable String timezone, @Nullable Boolean enabled,
            @Nullable String createdAt, @Nullable String updatedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScheduleList(@Nullable List<Schedule> schedules) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ScheduleWrite(String name, @Nullable String description, String cronExpression, String timezone,
            String createdBy) {}
}
