package com.sendense.console.protection;

import com.sendense.console.hub.ProtectionFlow;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A flow as the Protection pages show it: the hub's definition plus what only the console knows.
 *
 * @param targetName the VM's or group's name, resolved by the console (the hub never sets {@code target_name})
 * @param schedule {@code null} when the flow has no schedule the console can run
 * @param scheduleText the schedule in words, or why it cannot run ("schedule cannot run: …")
 * @param nextRun in the hub's zone; {@code null} when the flow is disabled or its schedule cannot run
 * @param successRate succeeded share of the runs that finished in the last 30 days, {@code null} without any
 */
public record FlowOverview(ProtectionFlow flow, String targetName, @Nullable String repositoryName,
        @Nullable ScheduleChoice schedule, String scheduleText, @Nullable ZonedDateTime nextRun,
        @Nullable ProtectionRun lastRun, @Nullable Double successRate, int vmCount) {

    /** Whether the console runs this flow on its schedule. */
    public boolean schedulable() {
        return schedule != null;
    }
}
