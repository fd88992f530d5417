package com.sendense.console.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * A recovery point objective: the newest good backup of a VM should be at most this old.
 *
 * @param scope what the target applies to
 * @param name the group or VM name; empty for {@link RpoScope#DEFAULT}
 * @param hours the target in hours, 1 to 8784 (a leap year)
 * @param updatedAt when it was last set
 * @param updatedBy who set it
 */
public record RpoTarget(RpoScope scope, String name, int hours, Instant updatedAt, String updatedBy) {

    /** The longest target accepted, a leap year. */
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

    /**
     * Rejects a target outside 1 hour to one (leap) year.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static void checkHours(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("An RPO target is between 1 and " + MAX_HOURS + " hours");
        }
    }
}
