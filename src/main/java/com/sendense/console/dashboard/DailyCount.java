package com.sendense.console.dashboard;

import java.time.LocalDate;

/**
 * Backup results of one day, by the day they started in the hub's zone.
 *
 * @param day the day
 * @param completed backups that completed
 * @param failed backups that failed
 */
public record DailyCount(LocalDate day, int completed, int failed) {

    public int total() {
        return completed + failed;
    }
}
