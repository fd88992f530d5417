package com.sendense.console.dashboard;

import com.sendense.console.protection.VmCoverage;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A VM whose schedule cannot meet its RPO target: not scheduled at all, or with a longest gap
 * ({@code gap}, empty when the flows run less than twice in eight weeks) above the target.
 * {@code problem} and {@code fix} are sentences for the page.
 */
public record ScheduleFinding(VmCoverage vm, Duration target, @Nullable Duration gap, String problem, String fix) {

    public String vmName() {
        return vm.vmName();
    }

    public Optional<Duration> longestGap() {
        return Optional.ofNullable(gap);
    }

    public boolean notScheduled() {
        return vm.notScheduled();
    }

    /** The problem and the fix in one line: "Web nightly runs every 24 h but its RPO is 4 h: schedule …". */
    public String text() {
        return problem + ": " + fix;
    }
}
