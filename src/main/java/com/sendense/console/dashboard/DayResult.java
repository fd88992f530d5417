package com.sendense.console.dashboard;

public enum DayResult {

    /** At least one backup started that day completed. */
    GOOD("Good backup"),
    /** Backups were tried and all failed. */
    FAILED("Failed"), MISSED("No backup"), PENDING("Nothing yet today");

    private final String label;

    DayResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
