package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.Repository;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A backup appears in its repository's and its status's list; read a moment apart they may differ, and
 * the later state wins (finished over running, then more progress).
 */
final class HistoryAssembler {

    private HistoryAssembler() {}

    static List<HistoryEntry> merge(Collection<List<Backup>> lists, List<Repository> repositories) {
        Map<BackupId, Backup> byId = new LinkedHashMap<>();
        for (List<Backup> list : lists) {
            for (Backup b : list) {
                byId.merge(b.id(), b, HistoryAssembler::later);
            }
        }
        Map<String, String> names = repositories.stream()
                .collect(Collectors.toMap(Repository::id, Repository::name, (a, b) -> a));
        return byId.values()
                .stream()
                .map(b -> new HistoryEntry(b, names.getOrDefault(b.repositoryId(), b.repositoryId())))
                .sorted(HistoryOrder.comparator(HistoryOrder.NEWEST_FIRST))
                .toList();
    }

    static List<HistoryEntry> entries(List<Backup> backups, List<Repository> repositories) {
        return merge(List.of(backups), repositories);
    }

    private static Backup later(Backup a, Backup b) {
        if (a.status().isTerminal() != b.status().isTerminal()) {
            return a.status().isTerminal() ? a : b;
        }
        Comparator<Backup> progress = Comparator.comparingLong(Backup::bytesTransferred)
                .thenComparing(x -> x.lastTelemetryAt() == null ? 0L : x.lastTelemetryAt().toEpochMilli());
        return progress.compare(b, a) > 0 ? b : a;
    }

}
