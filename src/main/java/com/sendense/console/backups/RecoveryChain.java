package com.sendense.console.backups;

import java.util.List;
import java.util.Map;

/** Repositories at the top, full backups under them, incrementals under their full backup. */
public final class RecoveryChain {

    private final List<BackupChainNode> roots;
    private final Map<String, List<BackupChainNode>> children;

    RecoveryChain(List<BackupChainNode> roots, Map<String, List<BackupChainNode>> children) {
        this.roots = List.copyOf(roots);
        this.children = Map.copyOf(children);
    }

    public List<BackupChainNode> roots() {
        return roots;
    }

    public List<BackupChainNode> children(BackupChainNode parent) {
        return children.getOrDefault(parent.key(), List.of());
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    public int points() {
        return roots.stream().mapToInt(r -> r instanceof BackupChainNode.RepositoryNode repo ? repo.points() : 0).sum();
    }
}
