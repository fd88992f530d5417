package com.sendense.console.protection;

import com.sendense.console.hub.FlowTargetType;

/**
 * A flow whose target VM or group no longer exists on the hub: the hub does not check flows when a
 * group or VM goes, so such a flow backs up nothing when it runs.
 */
public record DanglingFlow(String flowId, String flowName, FlowTargetType targetType, String targetId,
        boolean enabled) {}
