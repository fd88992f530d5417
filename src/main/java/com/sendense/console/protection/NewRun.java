package com.sendense.console.protection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A run about to be recorded: the due time it claims (none for "Run now") and who started it. */
record NewRun(String flowId, String flowName, RunTrigger trigger, @Nullable Instant scheduledFor, Instant startedAt,
        String startedBy, @Nullable String message, String instance) {}
