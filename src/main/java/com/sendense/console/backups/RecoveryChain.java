package com.sendense.console.backups;

import java.util.List;
import java.util.Map;

/**
 * A VM's recovery points as a tree of {@link BackupChainNode}s: repositories at the top, full
 * backups under them, incrementals under their full backup. Immutable.
 */
public final class RecoveryChain {

    private final List<BackupChainNode> roots;
    private final Map<String, List<BackupChainNode>> children;

    RecoveryChain(List<BackupChainNode> roots, Map<String, List<BackupChainNode>> children) {
        this.roots = List.copyOf(roots);
        this.children = Map.copyOf(children);
    }

    /** The repositories that hold recovery points of the VM, by name. */
    public List<BackupChainNode> roots() {
        return roots;
    }

    /** The nodes under {@code parent}, in time order; empty for a leaf. */
    public List<BackupChainNode> children(BackupChainNode parent) {
        return children.getOrDefault(parent.key(), List.of());
    }

    /** Whether the VM has no completed backup. */
    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The number of recovery points (completed backups). */
    public int points() {
        return roots.stream().mapToInt(r -> r instanceof BackupChainNode.RepositoryNode repo ? repo.points() : 0).sum();
    }
}
