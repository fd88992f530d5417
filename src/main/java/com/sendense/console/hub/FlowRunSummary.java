package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record FlowRunSummary(@Nullable String lastExecutionId, @Nullable FlowExecutionStatus lastExecutionStatus,
        @Nullable Instant lastExecutionAt, @Nullable Instant nextExecutionAt, int totalExecutions,
        int successfulExecutions, int failedExecutions) {}
