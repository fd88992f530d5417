package com.sendense.console.dashboard;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A failed backup.
 *
 * @param id the backup
 * @param vmName the VM
 * @param startedAt when it started
 * @param day the calendar day it started, in the hub's zone (what history filters on)
 * @param type full or incremental
 * @param repositoryId the repository it was writing to
 * @param message the hub's error message, empty when it gave none
 */
public record FailureEntry(BackupId id, String vmName, Instant startedAt, LocalDate day, BackupType type, String repositoryId,
        String message) {
}
