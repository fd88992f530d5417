package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.VmContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The VM names the hub knows, cached briefly. The hub dereferences a nil pointer for an unknown VM
 * name on three routes and drops the connection (contract §1.1): those calls are refused here.
 */
final class VmInventory {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Snapshot(Set<String> names, Instant takenAt) {}

    private final Supplier<List<VmContext>> loader;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    /** {@code loader} fetches the inventory and calls {@link #update(List)}. */
    VmInventory(Supplier<List<VmContext>> loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    void update(List<VmContext> vms) {
        snapshot = new Snapshot(vms.stream().map(VmContext::vmName).collect(Collectors.toUnmodifiableSet()),
                clock.instant());
    }

    /** A cached hit younger than {@link #TTL} is trusted unless {@code fresh}; a miss always reloads. */
    void requireKnown(String operation, String vmName, boolean fresh) {
        Snapshot current = snapshot;
        if (!fresh && current != null && current.names().contains(vmName)
                && clock.instant().isBefore(current.takenAt().plus(TTL))) {
            return;
        }
        loader.get();
        current = snapshot;
        if (current == null || !current.names().contains(vmName)) {
            throw new HubNotFoundException(operation, HubErrorCode.VM_NOT_FOUND, null, null,
                    "VM '%s' is not in the hub's inventory; the request was not sent".formatted(vmName));
        }
    }
}
