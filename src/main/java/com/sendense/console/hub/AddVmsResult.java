package com.sendense.console.hub;

import java.util.List;
import java.util.Map;

/**
 * What {@code add-vms} did per name. The hub leaves VMs that already existed and names vCenter does
 * not know out of its answer: they are {@link #notReported()}, neither added nor failed.
 *
 * @param added VM name → new context id
 * @param failed VM name → the hub's error
 */
public record AddVmsResult(Map<String, String> added, Map<String, String> failed, List<String> notReported) {

    public AddVmsResult {
        added = Map.copyOf(added);
        failed = Map.copyOf(failed);
        notReported = List.copyOf(notReported);
    }
}
