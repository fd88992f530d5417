package com.sendense.console.dashboard;

/** One day of a VM's 30-day strip. */
public enum DayResult {
    /** At least one backup started that day completed. */
    GOOD("Good backup"),
    /** Backups were tried that day and all failed. */
    FAILED("Failed"),
    /** No backup was tried that day. */
    MISSED("No backup"),
    /** Today, nothing yet: the day is not over. */
    PENDING("Nothing yet today");

    private final String label;

    DayResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
