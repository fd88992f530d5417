package com.sendense.console.backups;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The backup history of every VM the user may see, assembled from the hub's per-repository and
 * per-status lists (the hub has no unfiltered list).
 *
 * @param entries every backup, newest first, each once
 * @param fetchedAt when the hub was asked
 * @param unreadable the lists the hub did not return (e.g. "repository NAS Offsite"); backups
 *     only they hold are missing, so the UI says so. {@link #INVENTORY} when the VM inventory was
 *     not returned: then no VM is known to be in a group
 * @param groups the hub groups (by name) of each VM in the inventory, read with the backups
 */
public record BackupHistory(List<HistoryEntry> entries, Instant fetchedAt, List<String> unreadable,
        Map<String, List<String>> groups) {

    /** How {@link #unreadable()} names the VM inventory. */
    public static final String INVENTORY = "the VM inventory";

    public BackupHistory {
        entries = List.copyOf(entries);
        unreadable = List.copyOf(unreadable);
        groups = Map.copyOf(groups);
    }

    /** Whether some list could not be read and backups may be missing. */
    public boolean isIncomplete() {
        return unreadable.stream().anyMatch(u -> !u.equals(INVENTORY));
    }

    /** The groups a VM is in now; none for a VM the inventory does not list. */
    public List<String> groupsOf(String vmName) {
        return groups.getOrDefault(vmName, List.of());
    }

    /** Every group a VM is in, sorted. */
    public List<String> groupNames() {
        return groups.values().stream().flatMap(List::stream).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
