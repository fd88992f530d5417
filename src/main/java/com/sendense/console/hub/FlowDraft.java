package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * A new backup flow. Always a backup: the hub cannot create or run replication flows. It checks
 * neither the target nor the repository, and stores {@code enabled=false} as {@code true} (contract
 * P1.6), so {@link HubClient#createFlow} disables the flow afterwards when asked to.
 *
 * @param targetId a VM context id (never a VM name: such a flow's runs stay running for ever) or a group id
 */
public record FlowDraft(String name, @Nullable String description, FlowTargetType targetType, String targetId,
        String repositoryId, @Nullable String policyId, @Nullable String scheduleId, boolean enabled) {

    public FlowDraft {
        if (targetType == FlowTargetType.UNKNOWN) {
            throw new IllegalArgumentException("A flow targets a VM or a group");
        }
    }
}
