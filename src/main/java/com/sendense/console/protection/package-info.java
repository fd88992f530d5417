/**
 * Scheduled protection: the hub stores protection flows and their schedules but never runs them, so
 * the console does. Schedules (six-field cron in the hub's time zone, {@link ScheduleChoice} in
 * words), the console's record of every run ({@link ProtectionRun}), the scheduler and the flows'
 * services live here.
 */
@NullMarked
package com.sendense.console.protection;

import org.jspecify.annotations.NullMarked;
