package com.sendense.console.protection;

import com.sendense.console.hub.MachineGroup;
import java.util.List;

/**
 * A group with the flows that target it. {@code flowsKnown} is false when the hub's flow list could
 * not be read: then "no flows" would be a guess, and the page says so instead.
 */
public record GroupOverview(MachineGroup group, List<GroupFlow> flows, boolean flowsKnown) {

    public GroupOverview {
        flows = List.copyOf(flows);
    }

    public int freeSlots() {
        return Math.max(0, group.maxConcurrentVms() - group.members().size());
    }
}
