package com.sendense.console.dashboard;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import java.time.Instant;
import java.time.LocalDate;

/** {@code day} is the start day in the hub's zone (what history filters on); {@code message} may be empty. */
public record FailureEntry(BackupId id, String vmName, Instant startedAt, LocalDate day, BackupType type,
        String repositoryId, String message) {}
