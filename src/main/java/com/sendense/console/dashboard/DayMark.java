package com.sendense.console.dashboard;

import java.time.LocalDate;

/**
 * One day of a VM's strip.
 *
 * @param day the calendar day in the hub's zone
 * @param result what happened that day
 */
public record DayMark(LocalDate day, DayResult result) {
}
