package com.sendense.console.backups;

import com.sendense.console.backups.BackupChainNode.FullNode;
import com.sendense.console.backups.BackupChainNode.IncrementalNode;
import com.sendense.console.backups.BackupChainNode.MissingFull;
import com.sendense.console.backups.BackupChainNode.RepositoryNode;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The hub's chain endpoint returns little more than the oldest full backup, so the chain is derived from
 * its completed backups: per repository, oldest first, each incremental builds on the point before it.
 */
final class RecoveryChains {

    /** A disk's completion lags the backup's. */
    static final Duration MOUNTABLE_AFTER = Duration.ofMinutes(2);

    private RecoveryChains() {}

    static RecoveryChain build(List<HistoryEntry> entries, Instant now) {
        Map<String, List<HistoryEntry>> byRepository = new TreeMap<>();
        entries.stream()
                .filter(e -> e.backup().status() == BackupStatus.COMPLETED)
                .sorted(Comparator.comparing((HistoryEntry e) -> e.backup().createdAt())
                        .thenComparing(e -> e.backup().id().value()))
                .forEach(e -> byRepository.computeIfAbsent(e.backup().repositoryId(), k -> new ArrayList<>()).add(e));

        List<BackupChainNode> roots = new ArrayList<>();
        Map<String, List<BackupChainNode>> children = new HashMap<>();
        byRepository.forEach((repositoryId, points) -> {
            long bytes = points.stream().mapToLong(e -> e.backup().bytesTransferred()).sum();
            var repo = new RepositoryNode(repositoryId, points.getFirst().repositoryName(), points.size(), bytes);
            roots.add(repo);
            children.put(repo.key(), chains(repositoryId, points, now, children));
        });
        roots.sort(Comparator.comparing(r -> ((RepositoryNode) r).name(), String.CASE_INSENSITIVE_ORDER));
        return new RecoveryChain(roots, children);
    }

    private static List<BackupChainNode> chains(String repositoryId, List<HistoryEntry> points, Instant now,
            Map<String, List<BackupChainNode>> children) {
        List<BackupChainNode> heads = new ArrayList<>();
        List<BackupChainNode> current = null;
        String currentKey = null;
        HistoryEntry previous = null;
        for (HistoryEntry e : points) {
            if (e.backup().type() == BackupType.FULL) {
                closeHead(heads, currentKey, current, children);
                current = new ArrayList<>();
                currentKey = e.backup().id().value();
                heads.add(new FullNode(e, state(e.backup(), now), 0));
            } else {
                if (current == null) {
                    current = new ArrayList<>();
                    currentKey = new MissingFull(repositoryId, 0).key();
                    heads.add(new MissingFull(repositoryId, 0));
                }
                current.add(new IncrementalNode(e, state(e.backup(), now), previous));
            }
            previous = e;
        }
        closeHead(heads, currentKey, current, children);
        return heads;
    }

    private static void closeHead(List<BackupChainNode> heads, @Nullable String key,
            @Nullable List<BackupChainNode> incs, Map<String, List<BackupChainNode>> children) {
        if (key == null || incs == null) {
            return;
        }
        BackupChainNode head = heads.getLast();
        heads.set(heads.size() - 1, switch (head) {
            case FullNode f -> new FullNode(f.entry(), f.state(), incs.size());
            case MissingFull m -> new MissingFull(m.repositoryId(), incs.size());
            default -> head;
        });
        children.put(key, List.copyOf(incs));
    }

    static RestoreState state(Backup b, Instant now) {
        Instant done = b.completedAt();
        return done != null && done.plus(MOUNTABLE_AFTER).isAfter(now)
                ? RestoreState.JUST_FINISHED
                : RestoreState.MOUNTABLE;
    }
}
