package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What protects one VM: every flow that targets it, the one that runs next and the longest time
 * between two runs of all its running flows together ({@code longestGap}, empty when no flow runs or
 * the schedules run less than twice in eight weeks). {@code groups} are the VM's group names, which
 * RPO targets use.
 */
public record VmCoverage(String vmName, String contextId, List<String> groups, List<CoveringFlow> flows,
        @Nullable Duration longestGap) {

    public VmCoverage {
        groups = List.copyOf(groups);
        flows = List.copyOf(flows);
    }

    /** Covered by no flow that will run: no enabled flow, or only flows whose schedule cannot run. */
    public boolean notScheduled() {
        return flows.stream().noneMatch(CoveringFlow::runs);
    }

    /** The running flow with the earliest next run. */
    public Optional<CoveringFlow> nextFlow() {
        return flows.stream()
                .filter(CoveringFlow::runs)
                .min(Comparator.comparing(f -> f.next().orElseThrow().toInstant()));
    }

    public Optional<ZonedDateTime> nextRun() {
        return nextFlow().flatMap(CoveringFlow::next);
    }

    public Optional<Duration> gap() {
        return Optional.ofNullable(longestGap);
    }

    /** Flows that target the VM but do not count, each with the reason. */
    public List<CoveringFlow> ignored() {
        return flows.stream().filter(f -> !f.runs()).toList();
    }

    /** Why the VM is not scheduled, in English, e.g. "no flow targets it" or "flow Nightly is disabled". */
    public String whyNotScheduled() {
        return whyNotScheduled(Locale.ENGLISH);
    }

    public String whyNotScheduled(Locale locale) {
        if (flows.isEmpty()) {
            return Messages.get(locale, "protection.coverage.noFlow");
        }
        return String.join("; ",
                ignored().stream()
                        .map(f -> Messages.get(locale, "protection.coverage.flowNotRunning", f.label(locale),
                                f.notRunning(locale)))
                        .toList());
    }
}
