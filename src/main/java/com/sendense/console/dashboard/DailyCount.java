package com.sendense.console.dashboard;

import java.time.LocalDate;

/** By the day the backups started, in the hub's zone. */
public record DailyCount(LocalDate day, int completed, int failed) {

    public int total() {
        return completed + failed;
    }
}
