package com.sendense.console.backups;

import java.time.Instant;
import java.util.List;

/**
 * The backup history of every VM the user may see, assembled from the hub's per-repository and
 * per-status lists (the hub has no unfiltered list).
 *
 * @param entries every backup, newest first, each once
 * @param fetchedAt when the hub was asked
 * @param unreadable the lists the hub did not return (e.g. "repository NAS Offsite"); backups
 *     only they hold are missing, so the UI says so
 */
public record BackupHistory(List<HistoryEntry> entries, Instant fetchedAt, List<String> unreadable) {

    public BackupHistory {
        entries = List.copyOf(entries);
        unreadable = List.copyOf(unreadable);
    }

    /** Whether some list could not be read and backups may be missing. */
    public boolean isIncomplete() {
        return !unreadable.isEmpty();
    }
}
