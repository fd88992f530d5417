package com.sendense.console.dashboard;

import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a VM's RPO target: its own override, else the strictest override of its groups (a VM in
 * a tier-1 group must meet tier 1 even if it is also in a laxer group), else the default.
 */
record RpoPolicy(Duration defaultTarget, Map<String, Duration> byGroup, Map<String, Duration> byVm) {

    static final Duration FALLBACK = Duration.ofHours(24);

    RpoPolicy {
        byGroup = Map.copyOf(byGroup);
        byVm = Map.copyOf(byVm);
    }

    static RpoPolicy of(Collection<RpoTarget> targets) {
        Duration defaultTarget = FALLBACK;
        Map<String, Duration> groups = new HashMap<>();
        Map<String, Duration> vms = new HashMap<>();
        for (RpoTarget t : targets) {
            switch (t.scope()) {
                case DEFAULT -> defaultTarget = t.target();
                case GROUP -> groups.put(t.name(), t.target());
                case VM -> vms.put(t.name(), t.target());
            }
        }
        return new RpoPolicy(defaultTarget, groups, vms);
    }

    Duration targetFor(VmContext vm) {
        return targetFor(vm.vmName(), vm.groups().stream().map(VmGroup::name).toList());
    }

    Duration targetFor(String vmName, Collection<String> groupNames) {
        return Optional.ofNullable(byVm.get(vmName))
                .or(() -> groupNames.stream().map(byGroup::get).filter(d -> d != null).min(Comparator.naturalOrder()))
                .orElse(defaultTarget);
    }
}
