package com.sendense.hubsim.files.layout;

/**
 * How long before the backup an entry was last modified, as a range. The exact time within
 * the range is derived from the entry's path, so it is stable.
 */
enum Age {

    /** Written when the operating system was installed. */
    INSTALL(600, 1000),
    /** Untouched for months to years. */
    OLD(120, 600),
    /** Changed in the last few months. */
    MONTHS(14, 120),
    /** Changed in the last two weeks. */
    RECENT(1, 14),
    /** Changed on the day of the backup. */
    TODAY(0.01, 0.9),
    /** Rewritten at the last boot (page file, hibernation file). */
    BOOT(0.05, 3);

    private final double minDays;
    private final double maxDays;

    Age(double minDays, double maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    /** Seconds before the backup, for a fraction {@code f} in {@code [0, 1)}. */
    long secondsBefore(double f) {
        return (long) ((minDays + f * (maxDays - minDays)) * 86_400);
    }
}
