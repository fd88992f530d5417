package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A protection flow's run statistics.
 *
 * @param lastExecutionId the latest run, if any
 * @param lastExecutionStatus its outcome, if any
 * @param lastExecutionAt when it ran, if it did
 * @param nextExecutionAt when it runs next, if scheduled
 * @param totalExecutions all runs
 * @param successfulExecutions successful runs
 * @param failedExecutions failed runs
 */
public record FlowRunSummary(
        @Nullable String lastExecutionId,
        @Nullable FlowExecutionStatus lastExecutionStatus,
        @Nullable Instant lastExecutionAt,
        @Nullable Instant nextExecutionAt,
        int totalExecutions,
        int successfulExecutions,
        int failedExecutions) {}
