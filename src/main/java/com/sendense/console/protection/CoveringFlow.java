package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A flow that targets a VM, directly or through a group. {@code whyNotRunning} says why it will not back
 * the VM up (disabled, no schedule, a schedule the console cannot run); such a flow has no {@code nextRun}
 * and does not count as protection.
 */
public record CoveringFlow(String flowId, String flowName, FlowTargetType targetType, @Nullable String groupName,
        @Nullable String repositoryName, @Nullable ZonedDateTime nextRun, @Nullable Duration longestGap,
        @Nullable Text whyNotRunning) {

    public boolean runs() {
        return whyNotRunning == null && nextRun != null;
    }

    /** Why it does not run ("is disabled"); {@code null} when it runs. */
    public @Nullable String notRunning(Locale locale) {
        return whyNotRunning == null ? null : Messages.get(locale, whyNotRunning);
    }

    public Optional<ZonedDateTime> next() {
        return Optional.ofNullable(nextRun);
    }

    public Optional<Duration> gap() {
        return Optional.ofNullable(longestGap);
    }

    /** "Nightly (through group Web)" or just the flow's name, in English. */
    public String label() {
        return label(Locale.ENGLISH);
    }

    public String label(Locale locale) {
        return groupName == null
                ? flowName
                : Messages.get(locale, "protection.coverage.throughGroup", flowName, groupName);
    }
}
