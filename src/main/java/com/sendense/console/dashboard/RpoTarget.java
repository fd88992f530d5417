package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

import java.time.Duration;
import java.time.Instant;

/** The newest good backup of a VM should be at most {@code hours} old; {@code name} is empty for the default. */
public record RpoTarget(RpoScope scope, String name, int hours, Instant updatedAt, String updatedBy) {

    /** A leap year. */
    public static final int MAX_HOURS = 8784;

    public RpoTarget {
        checkHours(hours);
        if ((scope == RpoScope.DEFAULT) != name.isEmpty()) {
            throw new IllegalArgumentException("Only the default target has no name");
        }
    }

    public Duration target() {
        return Duration.ofHours(hours);
    }

    /** Refuses anything outside 1 hour to a leap year, with a message for the user. */
    public static void checkHours(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new RpoTargetRejected(Text.of("dashboard.rpo.hoursRange", MAX_HOURS));
        }
    }
}
