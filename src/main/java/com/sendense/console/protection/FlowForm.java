package com.sendense.console.protection;

import com.sendense.console.hub.FlowTargetType;
import org.jspecify.annotations.Nullable;

/**
 * What the create/edit dialog sends.
 *
 * @param targetId a VM's context id or a group's id
 */
public record FlowForm(String name, @Nullable String description, FlowTargetType targetType, String targetId,
        String repositoryId, ScheduleChoice schedule, boolean enabled) {}
