package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record GroupMember(String vmContextId, String vmName, String vmwareVmId, int priority, boolean enabled,
        @Nullable Instant addedAt, String addedBy) {}
