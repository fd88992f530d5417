package com.sendense.console.backups;

import com.sendense.console.base.i18n.Text;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code unreadable} names the hub lists that did not answer (e.g. "repository NAS Offsite"): backups only
 * they hold are missing, so the UI says so. With {@link #INVENTORY} in it, no VM is known to be in a group.
 */
public record BackupHistory(List<HistoryEntry> entries, Instant fetchedAt, List<Text> unreadable,
        Map<String, List<String>> groups) {

    public static final Text INVENTORY = Text.of("backups.unreadable.inventory");

    public BackupHistory {
        entries = List.copyOf(entries);
        unreadable = List.copyOf(unreadable);
        groups = Map.copyOf(groups);
    }

    public boolean isIncomplete() {
        return unreadable.stream().anyMatch(u -> !u.equals(INVENTORY));
    }

    public List<String> groupsOf(String vmName) {
        return groups.getOrDefault(vmName, List.of());
    }

    public List<String> groupNames() {
        return groups.values().stream().flatMap(List::stream).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
