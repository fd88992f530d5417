package com.sendense.console.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run of a protection flow: outcome, not progress (poll each of {@link #createdBackupIds()} for
 * that). The hub never fills {@code bytesTransferred}.
 */
public record FlowExecution(String id, String flowId, FlowExecutionStatus status, String executionType,
        @Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Duration executionTime, int jobsCreated,
        int jobsCompleted, int jobsFailed, int jobsSkipped, int vmsProcessed, long bytesTransferred,
        @Nullable String errorMessage, List<BackupId> createdBackupIds, String triggeredBy, Instant createdAt) {

    public FlowExecution {
        createdBackupIds = List.copyOf(createdBackupIds);
    }
}
