package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

public enum DayResult {

    /** At least one backup started that day completed. */
    GOOD("dashboard.day.good"),
    /** Backups were tried and all failed. */
    FAILED("dashboard.day.failed"), MISSED("dashboard.day.missed"), PENDING("dashboard.day.pending");

    private final String key;

    DayResult(String key) {
        this.key = key;
    }

    /** The day in words, e.g. "No backup". */
    public Text label() {
        return Text.of(key);
    }
}
