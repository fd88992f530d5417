package com.sendense.console.protection;

import com.sendense.console.hub.FlowTargetType;

/**
 * A VM or a machine group a flow can back up, for the dialog's searchable target field.
 *
 * @param id the VM's context id or the group's id
 * @param memberCount the group's VMs now (1 for a VM)
 */
public record TargetChoice(FlowTargetType type, String id, String name, int memberCount) {}
