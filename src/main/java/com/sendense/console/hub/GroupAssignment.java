package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record GroupAssignment(String vmContextId, String vmName, String groupId, String groupName,
        @Nullable Instant assignedAt, GroupCapacity capacity) {}
