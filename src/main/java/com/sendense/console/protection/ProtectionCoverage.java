package com.sendense.console.protection;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.ParallelReads;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.console.users.VmScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Which enabled flows protect each VM and when it is next backed up, computed by the console from the
 * hub's flows and groups (the hub never writes a next run). Three hub reads are shared by every
 * viewer for {@link #CACHE_TTL}; pages that change flows or groups call {@link #invalidate()}.
 */
@Service
public class ProtectionCoverage {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    public static final Duration TIMELINE_SPAN = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(ProtectionCoverage.class);

    private final HubClient hub;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final Object loadLock = new Object();
    private volatile @Nullable Snapshot cached;

    ProtectionCoverage(HubClient hub, CurrentUser currentUser, Clock clock, HubZone hubZone) {
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = hubZone.zone();
    }

    /**
     * The VMs the user may see, each with what protects it, and the flows whose target is gone.
     *
     * @throws HubException when the hub's inventory, flows or groups cannot be read
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Coverage coverage() {
        Snapshot snapshot = snapshot();
        VmScope scope = currentUser.vmScope();
        Coverage all = snapshot.coverage();
        // Help desk sees neither the flows of other VMs nor which targets have gone.
        List<DanglingFlow> dangling = scope.isUnrestricted() ? all.dangling() : List.of();
        return new Coverage(all.computedAt(), zone, all.vms().stream().filter(v -> scope.allows(v.vmName())).toList(),
                dangling);
    }

    /**
     * The runs of the next {@link #TIMELINE_SPAN}, with runs of different flows closer than {@code window} on one
     * repository as collisions.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public Timeline timeline(Duration window) {
        Snapshot snapshot = snapshot();
        Instant from = snapshot.at();
        List<PlannedRun> runs = snapshot.calculator().plannedRuns(TIMELINE_SPAN, snapshot.repositoryNames());
        return Timeline.of(from.atZone(zone), from.plus(TIMELINE_SPAN).atZone(zone), window, runs);
    }

    /** The next read asks the hub again: for pages that just changed a flow or a group. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public void invalidate() {
        cached = null;
    }

    public ZoneId zone() {
        return zone;
    }

    private Snapshot snapshot() {
        Instant now = clock.instant();
        Snapshot snapshot = cached;
        if (snapshot == null || !now.isBefore(snapshot.at().plus(CACHE_TTL))) {
            synchronized (loadLock) {
                snapshot = cached;
                if (snapshot == null || !now.isBefore(snapshot.at().plus(CACHE_TTL))) {
                    snapshot = read(now);
                    cached = snapshot;
                }
            }
        }
        return snapshot;
    }

    private Snapshot read(Instant now) {
        try (ParallelReads reads = ParallelReads.start()) {
            var vms = reads.fork(hub::vms);
            var flows = reads.fork(hub::protectionFlows);
            var groups = reads.fork(hub::machineGroups);
            var repositories = reads.fork(hub::repositories);
            Map<String, String> names = Map.of();
            try {
                names = repositories.join()
                        .stream()
                        .collect(Collectors.toMap(Repository::id, Repository::name, (a, b) -> a));
            } catch (HubException e) {
                // Flows carry their repository's name; the list only fills in where a flow lacks it.
                log.warn("Could not read the repositories for the timeline: {}", e.getMessage());
            }
            List<VmContext> inventory = vms.join();
            List<ProtectionFlow> allFlows = flows.join();
            List<MachineGroup> allGroups = groups.join();
            var calculator = new CoverageCalculator(inventory, allFlows, allGroups, now, zone);
            return new Snapshot(now, calculator, calculator.coverage(), names);
        }
    }

    private record Snapshot(Instant at, CoverageCalculator calculator, Coverage coverage,
            Map<String, String> repositoryNames) {}
}
