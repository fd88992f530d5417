package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Flows with what only the console knows: target and repository names, schedule in words, next run, its runs. */
@Component
class FlowOverviews {

    static final Duration SUCCESS_WINDOW = Duration.ofDays(30);

    private final HubClient hub;
    private final RunStore store;
    private final HubZone zone;
    private final Clock clock;

    FlowOverviews(HubClient hub, RunStore store, HubZone zone, Clock clock) {
        this.hub = hub;
        this.store = store;
        this.zone = zone;
        this.clock = clock;
    }

    /** The names the hub leaves out, read once for a whole list. */
    record Names(Map<String, VmContext> vms, Map<String, MachineGroup> groups, Map<String, Repository> repositories) {}

    Names names() {
        return new Names(index(hub.vms(), VmContext::contextId), index(hub.machineGroups(), MachineGroup::id),
                index(safeRepositories(), Repository::id));
    }

    private List<Repository> safeRepositories() {
        try {
            return hub.repositories();
        } catch (HubException e) {
            // Slow or failing storage reads must not hide the flows; names fall back to the flow's own.
            return List.of();
        }
    }

    FlowOverview overview(ProtectionFlow flow, Names names) {
        Instant now = clock.instant();
        @Nullable
        String target;
        int vmCount;
        if (flow.targetType() == FlowTargetType.GROUP) {
            MachineGroup group = names.groups().get(flow.targetId());
            target = group == null ? null : group.name();
            vmCount = group == null ? 0 : Math.max(group.totalVms(), group.members().size());
        } else {
            VmContext vm = names.vms().get(flow.targetId());
            target = vm == null ? null : vm.vmName();
            vmCount = vm == null ? 0 : 1;
        }
        Repository repository = flow.repositoryId() == null ? null : names.repositories().get(flow.repositoryId());
        String repositoryName = repository != null ? repository.name() : flow.repositoryName();
        ScheduleChoice schedule = null;
        @Nullable
        Text problem = null;
        ZonedDateTime next = null;
        if (flow.scheduleCron() == null || flow.scheduleCron().isBlank()) {
            problem = Text.of("protection.schedule.none");
        } else {
            try {
                schedule = ScheduleChoice.fromCron(flow.scheduleCron());
                if (flow.enabled()) {
                    next = schedule.schedule().next(now, zone.zone()).orElse(null);
                }
            } catch (InvalidScheduleException e) {
                problem = Text.of("protection.schedule.cannotRun", e.text());
            }
        }
        ProtectionRun last = store.forFlow(flow.id(), 1).stream().findFirst().orElse(null);
        int[] finished = store.finishedSince(flow.id(), now.minus(SUCCESS_WINDOW));
        @Nullable
        Double rate = finished[0] == 0 ? null : (double) finished[1] / finished[0];
        return new FlowOverview(flow, target, repositoryName, schedule, problem, next, last, rate, vmCount);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
