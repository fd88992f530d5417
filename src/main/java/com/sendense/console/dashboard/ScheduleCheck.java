package com.sendense.console.dashboard;

import com.sendense.console.protection.Coverage;
import com.sendense.console.protection.CoveringFlow;
import com.sendense.console.protection.ScheduleChoice;
import com.sendense.console.protection.VmCoverage;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Each VM's schedule against its RPO target: a backup can be no older than the target only if the
 * flows that cover the VM never leave a longer gap between runs. {@code notScheduled} lists every VM
 * no enabled flow backs up; {@code findings} every VM that cannot meet its target, worst first.
 */
public record ScheduleCheck(List<VmCoverage> notScheduled, List<ScheduleFinding> findings, List<String> dangling) {

    private static final int[] EVERY_HOURS = {12, 8, 6, 4, 3, 2, 1};

    public ScheduleCheck {
        notScheduled = List.copyOf(notScheduled);
        findings = List.copyOf(findings);
        dangling = List.copyOf(dangling);
    }

    static ScheduleCheck of(Coverage coverage, RpoPolicy policy, Predicate<VmCoverage> shown) {
        List<VmCoverage> vms = coverage.vms().stream().filter(shown).toList();
        List<ScheduleFinding> findings = new ArrayList<>();
        for (VmCoverage vm : vms) {
            Duration target = policy.targetFor(vm.vmName(), vm.groups());
            if (vm.notScheduled()) {
                findings.add(new ScheduleFinding(vm, target, null,
                        "No enabled flow backs " + vm.vmName() + " up but its RPO is " + hours(target),
                        "create a flow that runs at least every " + hours(target) + ", e.g. \"" + suggestion(target)
                                + "\""));
            } else if (vm.gap().isEmpty()) {
                findings.add(new ScheduleFinding(vm, target, null,
                        flows(vm) + " runs less than twice in eight weeks but its RPO is " + hours(target),
                        "schedule it at least every " + hours(target) + ", e.g. \"" + suggestion(target) + "\""));
            } else if (vm.gap().get().compareTo(target) > 0) {
                Duration gap = vm.gap().get();
                findings.add(new ScheduleFinding(vm, target, gap,
                        flows(vm) + " runs every " + hours(gap)
                                + (gap.equals(Duration.ofHours(24)) ? "" : " at the longest") + " but the RPO of "
                                + vm.vmName() + " is " + hours(target),
                        "schedule it at least every " + hours(target) + ", e.g. \"" + suggestion(target) + "\""));
            }
        }
        findings.sort(Comparator.comparing((ScheduleFinding f) -> !f.notScheduled())
                .thenComparing(f -> f.vmName(), String.CASE_INSENSITIVE_ORDER));
        List<String> dangling = coverage.dangling()
                .stream()
                .filter(f -> f.enabled())
                .map(f -> "Flow " + f.flowName() + " targets a "
                        + (f.targetType().name().equals("GROUP") ? "group" : "VM")
                        + " that no longer exists on the hub, so it backs up nothing: point it at another target or delete it.")
                .toList();
        return new ScheduleCheck(vms.stream().filter(VmCoverage::notScheduled).toList(), findings, dangling);
    }

    /** The simplest schedule that meets {@code target}: every N hours below a day, else daily. */
    static String suggestion(Duration target) {
        long h = target.toHours();
        if (h >= 24) {
            return new ScheduleChoice.Daily(LocalTime.of(1, 0)).describe();
        }
        for (int every : EVERY_HOURS) {
            if (every <= h) {
                return new ScheduleChoice.EveryHours(every, 0).describe();
            }
        }
        return new ScheduleChoice.EveryHours(1, 0).describe();
    }

    private static String flows(VmCoverage vm) {
        List<CoveringFlow> running = vm.flows().stream().filter(CoveringFlow::runs).toList();
        return running.size() == 1 ? running.getFirst().flowName() : "Its " + running.size() + " flows together";
    }

    static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }
}
