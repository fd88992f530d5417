package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of {@code /api/v1/machine-groups*} (contract P4). */
final class GroupJson {

    private GroupJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Group(@Nullable String id, @Nullable String name, @Nullable String description, @Nullable String scheduleId,
            @Nullable String scheduleName, @Nullable Integer maxConcurrentVms, @Nullable Integer priority,
            @Nullable Integer totalVms, @Nullable Integer enabledVms, @Nullable String createdBy,
            @Nullable String createdAt, @Nullable String updatedAt, @Nullable List<Membership> memberships) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Membership(@Nullable String vmContextId, @Nullable Boolean enabled, @Nullable Integer priority,
            @Nullable String addedAt, @Nullable String addedBy, @Nullable MemberContext vmContext) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MemberContext(@Nullable String vmName, @Nullable String vmwareVmId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GroupList(@Nullable List<Group> groups, @Nullable Integer totalCount) {}

    /** Never a {@code schedule_id}: a group's schedule starts replication, and can never be removed again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(String name, @Nullable String description, int maxConcurrentVms, int priority, String createdBy) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Update(@Nullable String name, @Nullable String description, @Nullable Integer maxConcurrentVms,
            @Nullable Integer priority) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Assign(String vmContextId, int priority, boolean enabled) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Assignment(@Nullable Boolean success, @Nullable String message, @Nullable AssignedVm assignedVm,
            @Nullable Capacity groupCapacity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AssignedVm(@Nullable String vmContextId, @Nullable String vmName, @Nullable String groupId,
            @Nullable String groupName, @Nullable String assignedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Capacity(@Nullable Integer currentMembers, @Nullable Integer maxConcurrentVms, @Nullable Integer available,
            @Nullable Boolean atCapacity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GroupVms(@Nullable String groupId, @Nullable Integer totalVms, @Nullable List<GroupVm> vms) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GroupVm(@Nullable String vmContextId, @Nullable String vmName, @Nullable String vmwareVmId,
            @Nullable Integer priority, @Nullable Boolean enabled, @Nullable String addedAt,
            @Nullable String addedBy) {}
}
