package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Pure: who protects which VM, from the hub's inventory, flows and groups (with members) at {@code now}. */
final class CoverageCalculator {

    /** A merged schedule denser than this over a week is dense enough that its gap is read from the first runs. */
    private static final int MAX_RUNS_PER_FLOW = 2_100;

    private final List<VmContext> vms;
    private final List<ProtectionFlow> flows;
    private final Map<String, MachineGroup> groups;
    private final Instant now;
    private final ZoneId zone;
    private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

    CoverageCalculator(List<VmContext> vms, List<ProtectionFlow> flows, List<MachineGroup> groups, Instant now,
            ZoneId zone) {
        this.vms = List.copyOf(vms);
        this.flows = List.copyOf(flows);
        this.groups = groups.stream().collect(Collectors.toMap(MachineGroup::id, g -> g, (a, b) -> a));
        this.now = now;
        this.zone = zone;
    }

    Coverage coverage() {
        List<VmCoverage> result = new ArrayList<>();
        for (VmContext vm : vms) {
            List<CoveringFlow> covering = flows.stream()
                    .filter(f -> targets(f, vm.contextId()))
                    .map(this::covering)
                    .toList();
            result.add(new VmCoverage(vm.vmName(), vm.contextId(), vm.groups().stream().map(VmGroup::name).toList(),
                    covering, mergedGap(covering)));
        }
        Set<String> contexts = vms.stream().map(VmContext::contextId).collect(Collectors.toSet());
        List<DanglingFlow> dangling = flows.stream()
                .filter(f -> f.targetType() == FlowTargetType.GROUP
                        ? !groups.containsKey(f.targetId())
                        : !contexts.contains(f.targetId()))
                .map(f -> new DanglingFlow(f.id(), f.name(), f.targetType(), f.targetId(), f.enabled()))
                .toList();
        return new Coverage(now, zone, result, dangling);
    }

    /** Every due time of every running flow in {@code [now, now + span)}, with the VMs it would start. */
    List<PlannedRun> plannedRuns(Duration span, Map<String, String> repositoryNames) {
        Instant end = now.plus(span);
        List<PlannedRun> runs = new ArrayList<>();
        for (ProtectionFlow flow : flows) {
            Schedule schedule = schedule(flow);
            if (schedule.cron == null || schedule.notRunning != null) {
                continue;
            }
            String repository = repositoryName(flow, repositoryNames);
            int vmCount = members(flow).size();
            Instant at = now.minusNanos(1);
            while (true) {
                Optional<ZonedDateTime> due = schedule.cron.next(at, zone);
                if (due.isEmpty() || !due.get().toInstant().isBefore(end)) {
                    break;
                }
                runs.add(new PlannedRun(flow.id(), flow.name(), repository, due.get(), vmCount));
                at = due.get().toInstant();
            }
        }
        return runs;
    }

    private static String repositoryName(ProtectionFlow flow, Map<String, String> names) {
        if (flow.repositoryName() != null && !flow.repositoryName().isBlank()) {
            return flow.repositoryName();
        }
        if (flow.repositoryId() == null) {
            return "no repository";
        }
        return names.getOrDefault(flow.repositoryId(), flow.repositoryId());
    }

    private boolean targets(ProtectionFlow flow, String contextId) {
        return members(flow).contains(contextId);
    }

    private Set<String> members(ProtectionFlow flow) {
        return switch (flow.targetType()) {
            case VM -> Set.of(flow.targetId());
            case GROUP -> Optional.ofNullable(groups.get(flow.targetId()))
                    .map(g -> g.members().stream().map(GroupMember::vmContextId).collect(Collectors.toSet()))
                    .orElse(Set.of());
            case UNKNOWN -> Set.of();
        };
    }

    private CoveringFlow covering(ProtectionFlow flow) {
        Schedule schedule = schedule(flow);
        String group = flow.targetType() == FlowTargetType.GROUP
                ? Optional.ofNullable(groups.get(flow.targetId())).map(MachineGroup::name).orElse(null)
                : null;
        return new CoveringFlow(flow.id(), flow.name(), flow.targetType(), group, flow.repositoryName(), schedule.next,
                schedule.gap, schedule.notRunning);
    }

    private Schedule schedule(ProtectionFlow flow) {
        return schedules.computeIfAbsent(flow.id(), id -> readSchedule(flow));
    }

    private Schedule readSchedule(ProtectionFlow flow) {
        CronSchedule cron;
        try {
            cron = flow.scheduleCron() == null ? null : CronSchedule.parse(flow.scheduleCron());
        } catch (InvalidScheduleException e) {
            return new Schedule(null, null, null,
                    Text.of("protection.coverage.badSchedule", flow.scheduleCron(), e.text()));
        }
        if (cron == null) {
            // The hub drops schedule_cron when the schedule was deleted and keeps the dangling id.
            return new Schedule(null, null, null, Text.of("protection.coverage.noSchedule"));
        }
        if (!flow.enabled()) {
            return new Schedule(cron, null, null, Text.of("protection.coverage.disabled"));
        }
        Optional<ZonedDateTime> next = cron.next(now, zone);
        if (next.isEmpty()) {
            return new Schedule(cron, null, null, Text.of("protection.coverage.noRunAhead"));
        }
        return new Schedule(cron, next.get(), cron.longestGap(now, zone).orElse(null), null);
    }

    private @Nullable Duration mergedGap(List<CoveringFlow> covering) {
        List<CoveringFlow> running = covering.stream().filter(CoveringFlow::runs).toList();
        if (running.size() <= 1) {
            return running.isEmpty() ? null : running.getFirst().longestGap();
        }
        // Runs of several flows interleave: the VM's gap is the longest stretch with no run of any of them.
        Instant end = now.plus(Duration.ofDays(7));
        TreeSet<Instant> times = new TreeSet<>();
        Instant cutoff = Instant.MAX;
        for (CoveringFlow f : running) {
            CronSchedule cron = schedules.get(f.flowId()).cron;
            Instant at = now;
            for (int i = 0; i < MAX_RUNS_PER_FLOW; i++) {
                Optional<ZonedDateTime> due = cron.next(at, zone);
                if (due.isEmpty()) {
                    break;
                }
                at = due.get().toInstant();
                times.add(at);
                if (at.isAfter(end)) {
                    break;
                }
            }
            // Past a flow's last listed run the others' runs would seem alone.
            cutoff = at.isBefore(cutoff) ? at : cutoff;
        }
        times = new TreeSet<>(times.headSet(cutoff, true));
        if (times.size() < 2) {
            return running.stream()
                    .map(CoveringFlow::longestGap)
                    .filter(g -> g != null)
                    .min(Duration::compareTo)
                    .orElse(null);
        }
        Duration longest = Duration.ZERO;
        Instant previous = null;
        for (Instant t : times) {
            if (previous != null && Duration.between(previous, t).compareTo(longest) > 0) {
                longest = Duration.between(previous, t);
            }
            previous = t;
        }
        return longest;
    }

    private record Schedule(@Nullable CronSchedule cron, @Nullable ZonedDateTime next, @Nullable Duration gap,
            @Nullable Text notRunning) {}
}
