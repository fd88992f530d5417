package com.sendense.hubsim.world;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One run of a flow, derived from its backups; {@code status} is success, warning, error or running. */
public record FlowExecution(String id, String flowId, String status, Instant startedAt, @Nullable Instant completedAt,
        int jobsCreated, int jobsCompleted, int jobsFailed, @Nullable String errorMessage, List<String> createdJobIds) {

    public FlowExecution {
        createdJobIds = List.copyOf(createdJobIds);
    }
}
