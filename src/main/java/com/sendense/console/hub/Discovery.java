package com.sendense.console.hub;

import java.time.Duration;
import java.util.List;

/** {@code partial} when the hub says {@code partial_success}. */
public record Discovery(List<DiscoveredVm> vms, boolean partial, String message, Duration took) {

    public Discovery {
        vms = List.copyOf(vms);
    }

    public List<DiscoveredVm> newVms() {
        return vms.stream().filter(vm -> !vm.existing()).toList();
    }
}
