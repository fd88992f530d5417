package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * A flow update: {@code null} leaves a field as it is. The hub cannot change a flow's type or target
 * (delete and re-create it) and cannot clear its schedule or policy ({@code ""} is stored as is).
 */
public record FlowChanges(@Nullable String name, @Nullable String description, @Nullable String repositoryId,
        @Nullable String policyId, @Nullable String scheduleId, @Nullable Boolean enabled) {

    public static FlowChanges enabled(boolean enabled) {
        return new FlowChanges(null, null, null, null, null, enabled);
    }

    /** Whether the flow already shows every change; the hub's same-second "not found" is judged by it. */
    public boolean appliedTo(ProtectionFlow flow) {
        return (name == null || name.equals(flow.name()))
                && (description == null || description.equals(flow.description() == null ? "" : flow.description()))
                && (repositoryId == null || repositoryId.equals(text(flow.repositoryId())))
                && (policyId == null || policyId.equals(text(flow.policyId())))
                && (scheduleId == null || scheduleId.equals(text(flow.scheduleId())))
                && (enabled == null || enabled == flow.enabled());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
