package com.sendense.console.protection;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What protects each VM the user may see, as of {@code computedAt}; times are in the hub's {@code zone}. */
public record Coverage(Instant computedAt, ZoneId zone, List<VmCoverage> vms, List<DanglingFlow> dangling) {

    public Coverage {
        vms = List.copyOf(vms);
        dangling = List.copyOf(dangling);
    }

    public Optional<VmCoverage> forVm(String contextId) {
        return vms.stream().filter(v -> v.contextId().equals(contextId)).findFirst();
    }

    public List<VmCoverage> notScheduled() {
        return vms.stream().filter(VmCoverage::notScheduled).toList();
    }
}
