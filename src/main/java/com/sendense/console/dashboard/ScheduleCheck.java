package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

import com.sendense.console.protection.Coverage;
import com.sendense.console.protection.CoveringFlow;
import com.sendense.console.protection.VmCoverage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Each VM's schedule against its RPO target: a backup can be no older than the target only if the
 * flows that cover the VM never leave a longer gap between runs. {@code notScheduled} lists every VM
 * no enabled flow backs up; {@code findings} every VM that cannot meet its target, worst first.
 */
public record ScheduleCheck(List<VmCoverage> notScheduled, List<ScheduleFinding> findings, List<Text> dangling) {

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
            String rpo = hours(target);
            Text fix = Text.of("dashboard.schedule.scheduleEvery", rpo, suggestion(target));
            if (vm.notScheduled()) {
                findings.add(new ScheduleFinding(vm, target, null,
                        Text.of("dashboard.schedule.notScheduled", vm.vmName(), rpo),
                        Text.of("dashboard.schedule.createFlow", rpo, suggestion(target))));
            } else if (vm.gap().isEmpty()) {
                findings.add(new ScheduleFinding(vm, target, null, Text.of("dashboard.schedule.rarely", flows(vm), rpo),
                        fix));
            } else if (vm.gap().get().compareTo(target) > 0) {
                Duration gap = vm.gap().get();
                String problem = gap.equals(Duration.ofHours(24))
                        ? "dashboard.schedule.gap"
                        : "dashboard.schedule.gapLongest";
                findings.add(new ScheduleFinding(vm, target, gap,
                        Text.of(problem, flows(vm), hours(gap), vm.vmName(), rpo), fix));
            }
        }
        findings.sort(Comparator.comparing((ScheduleFinding f) -> !f.notScheduled())
                .thenComparing(f -> f.vmName(), String.CASE_INSENSITIVE_ORDER));
        List<Text> dangling = coverage.dangling()
                .stream()
                .filter(f -> f.enabled())
                .map(f -> Text.of(f.targetType().name().equals("GROUP")
                        ? "dashboard.schedule.danglingGroup"
                        : "dashboard.schedule.danglingVm", f.flowName()))
                .toList();
        return new ScheduleCheck(vms.stream().filter(VmCoverage::notScheduled).toList(), findings, dangling);
    }

    /** The simplest schedule that meets {@code target}: every N hours below a day, else daily. */
    static Text suggestion(Duration target) {
        long h = target.toHours();
        if (h >= 24) {
            return Text.of("dashboard.schedule.suggestDaily", "01:00");
        }
        for (int every : EVERY_HOURS) {
            if (every <= h) {
                return Text.of("dashboard.schedule.suggestEvery", every);
            }
        }
        return Text.of("dashboard.schedule.suggestEvery", 1);
    }

    /** A flow's name, or a {@link Text} for several flows. */
    private static Object flows(VmCoverage vm) {
        List<CoveringFlow> running = vm.flows().stream().filter(CoveringFlow::runs).toList();
        return running.size() == 1
                ? running.getFirst().flowName()
                : Text.of("dashboard.schedule.flowsTogether", running.size());
    }

    static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }
}
