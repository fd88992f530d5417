package com.sendense.console.backups;

import org.jspecify.annotations.Nullable;

/**
 * Per repository, each full backup with its incrementals in time order. Incrementals older than the first
 * full backup the hub lists (deleted, or older than the hub's records) hang under a {@link MissingFull}.
 */
public sealed interface BackupChainNode {

    String key();

    record RepositoryNode(String repositoryId, String name, int points, long storedBytes) implements BackupChainNode {

        @Override
        public String key() {
            return "repo:" + repositoryId;
        }
    }

    record FullNode(HistoryEntry entry, RestoreState state, int incrementals) implements BackupChainNode {

        @Override
        public String key() {
            return entry.backup().id().value();
        }
    }

    /** {@code dependsOn}: the previous point in the repository, {@code null} when the hub no longer lists it. */
    record IncrementalNode(HistoryEntry entry, RestoreState state,
            @Nullable HistoryEntry dependsOn) implements BackupChainNode {

        @Override
        public String key() {
            return entry.backup().id().value();
        }
    }

    record MissingFull(String repositoryId, int incrementals) implements BackupChainNode {

        @Override
        public String key() {
            return "missing-full:" + repositoryId;
        }
    }
}
