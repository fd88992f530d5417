package com.sendense.console.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run of a protection flow: history and outcome, not byte-level progress. For live progress
 * poll {@link HubClient#backup(BackupId)} for each of {@link #createdBackupIds()}.
 *
 * @param id the execution id
 * @param flowId the flow
 * @param status the outcome so far
 * @param executionType {@code scheduled}, {@code manual} or {@code api}
 * @param startedAt when it started, if it did
 * @param completedAt when it finished, if it did
 * @param executionTime how long it took, if finished
 * @param jobsCreated backups started
 * @param jobsCompleted backups completed
 * @param jobsFailed backups failed
 * @param jobsSkipped VMs skipped
 * @param vmsProcessed VMs processed
 * @param bytesTransferred bytes copied (0 in practice: the hub does not fill it)
 * @param errorMessage why it failed, if it did
 * @param createdBackupIds the backups this run started
 * @param triggeredBy who or what started it
 * @param createdAt when the record was created
 */
public record FlowExecution(
        String id,
        String flowId,
        FlowExecutionStatus status,
        String executionType,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable Duration executionTime,
        int jobsCreated,
        int jobsCompleted,
        int jobsFailed,
        int jobsSkipped,
        int vmsProcessed,
        long bytesTransferred,
        @Nullable String errorMessage,
        List<BackupId> createdBackupIds,
        String triggeredBy,
        Instant createdAt) {

    public FlowExecution {
        createdBackupIds = List.copyOf(createdBackupIds);
    }
}
