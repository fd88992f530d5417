package com.sendense.console.vms;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.ParallelReads;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.console.users.VmScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Disks come from a second hub endpoint, one call per VM, so they are read in parallel and cached; help
 * desk sees only the VMs in its scope.
 */
@Service
public class VmService {

    static final Duration DISK_CACHE_TTL = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(VmService.class);

    private final HubClient hub;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<String, CachedDisks> diskCache = new ConcurrentHashMap<>();

    VmService(HubClient hub, CurrentUser currentUser, Clock clock) {
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public List<VmSummary> inventory() {
        VmScope scope = currentUser.vmScope();
        List<VmContext> visible = hub.vms()
                .stream()
                .filter(vm -> scope.allows(vm.vmName()))
                .sorted(Comparator.comparing(VmContext::vmName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return withDisks(visible);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<VmSummary> find(String vmName) {
        if (!currentUser.vmScope().allows(vmName)) {
            return Optional.empty();
        }
        return hub.vms()
                .stream()
                .filter(vm -> vm.vmName().equals(vmName))
                .findFirst()
                .map(vm -> withDisks(List.of(vm)).getFirst());
    }

    private List<VmSummary> withDisks(List<VmContext> vms) {
        try (ParallelReads reads = ParallelReads.start()) {
            List<ParallelReads.Read<VmSummary>> summaries = vms.stream()
                    .map(vm -> reads.fork(() -> summarize(vm)))
                    .toList();
            return summaries.stream().map(ParallelReads.Read::join).toList();
        }
    }

    private VmSummary summarize(VmContext vm) {
        Instant now = clock.instant();
        CachedDisks cached = diskCache.get(vm.contextId());
        if (cached != null && now.isBefore(cached.fetchedAt().plus(DISK_CACHE_TTL))) {
            return new VmSummary(vm, cached.disks(), true);
        }
        try {
            List<VmDisk> disks = hub.disks(vm.contextId());
            diskCache.put(vm.contextId(), new CachedDisks(disks, now));
            return new VmSummary(vm, disks, true);
        } catch (HubException e) {
            // The inventory is still useful without one VM's disks; the grid shows "unknown".
            log.warn("Could not read the disks of {}: {}", vm.vmName(), e.getMessage());
            return new VmSummary(vm, cached != null ? cached.disks() : List.of(), cached != null);
        }
    }

    private record CachedDisks(List<VmDisk> disks, Instant fetchedAt) {}
}
