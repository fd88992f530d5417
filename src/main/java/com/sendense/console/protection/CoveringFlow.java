package com.sendense.console.protection;

import com.sendense.console.hub.FlowTargetType;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A flow that targets a VM, directly or through a group. {@code notRunning} says in words why it
 * will not back the VM up (disabled, no schedule, a schedule the console cannot run); such a flow
 * has no {@code nextRun} and does not count as protection.
 */
public record CoveringFlow(String flowId, String flowName, FlowTargetType targetType, @Nullable String groupName,
        @Nullable String repositoryName, @Nullable ZonedDateTime nextRun, @Nullable Duration longestGap,
        @Nullable String notRunning) {

    public boolean runs() {
        return notRunning == null && nextRun != null;
    }

    public Optional<ZonedDateTime> next() {
        return Optional.ofNullable(nextRun);
    }

    public Optional<Duration> gap() {
        return Optional.ofNullable(longestGap);
    }

    /** "Nightly (through group Web)" or just the flow's name. */
    public String label() {
        return groupName == null ? flowName : flowName + " (through group " + groupName + ")";
    }
}
