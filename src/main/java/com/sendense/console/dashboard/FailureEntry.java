package com.sendense.console.dashboard;

import com.sendense.console.hub.BackupId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A failed backup.
 *
 * @param id the backup
 * @param vmName the VM
 * @param startedAt when it started
 * @param day the calendar day it started, in the hub's zone (what history filters on)
 * @param message the hub's error message, empty when it gave none
 */
public record FailureEntry(BackupId id, String vmName, Instant startedAt, LocalDate day, String message) {
}
