package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.ProtectionFlow;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A flow as the Protection pages show it: the hub's definition plus what only the console knows.
 *
 * @param targetName the VM's or group's name, resolved by the console (the hub never sets {@code target_name});
 *     {@code null} when the hub no longer lists the target
 * @param schedule {@code null} when the flow has no schedule the console can run
 * @param scheduleProblem why the console cannot run the schedule, when {@code schedule} is {@code null}
 * @param nextRun in the hub's zone; {@code null} when the flow is disabled or its schedule cannot run
 * @param successRate succeeded share of the runs that finished in the last 30 days, {@code null} without any
 */
public record FlowOverview(ProtectionFlow flow, @Nullable String targetName, @Nullable String repositoryName,
        @Nullable ScheduleChoice schedule, @Nullable Text scheduleProblem, @Nullable ZonedDateTime nextRun,
        @Nullable ProtectionRun lastRun, @Nullable Double successRate, int vmCount) {

    /** Whether the console runs this flow on its schedule. */
    public boolean schedulable() {
        return schedule != null;
    }

    /** The schedule in words, or why it cannot run ("schedule cannot run: …"). */
    public String scheduleText(Locale locale) {
        if (schedule != null) {
            return schedule.describe(locale);
        }
        return scheduleProblem == null
                ? Messages.get(locale, "protection.schedule.none")
                : Messages.get(locale, scheduleProblem);
    }

    /** The target's name, or "unknown group (id)" when the hub no longer lists it. */
    public String targetText(Locale locale) {
        if (targetName != null) {
            return targetName;
        }
        return Messages.get(locale,
                flow.targetType() == FlowTargetType.GROUP
                        ? "protection.flows.unknownGroup"
                        : "protection.flows.unknownVm",
                flow.targetId());
    }
}
