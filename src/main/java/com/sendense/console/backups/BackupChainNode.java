package com.sendense.console.backups;

import org.jspecify.annotations.Nullable;

/**
 * A row of a VM's recovery-point chain: per repository, each full backup with the incrementals
 * that build on it, in time order. Incrementals older than the first full backup the hub still
 * lists (it was deleted, or predates the hub's records) hang under a {@link MissingFull}.
 */
public sealed interface BackupChainNode {

    /** A stable key for the tree. */
    String key();

    /**
     * One repository's recovery points of the VM.
     *
     * @param repositoryId the repository id
     * @param name its name, or the id when the hub no longer lists it
     * @param points the number of recovery points
     * @param storedBytes the bytes the points transferred into the repository
     */
    record RepositoryNode(String repositoryId, String name, int points, long storedBytes) implements BackupChainNode {
        @Override
        public String key() {
            return "repo:" + repositoryId;
        }
    }

    /**
     * A full backup: the start of a chain.
     *
     * @param entry the backup
     * @param state whether it can be mounted yet
     * @param incrementals how many incrementals build on it
     */
    record FullNode(HistoryEntry entry, RestoreState state, int incrementals) implements BackupChainNode {
        @Override
        public String key() {
            return entry.backup().id().value();
        }
    }

    /**
     * An incremental backup.
     *
     * @param entry the backup
     * @param state whether it can be mounted yet
     * @param dependsOn the point it builds on (the previous one in the repository), or
     *     {@code null} when that is not listed by the hub any more
     */
    record IncrementalNode(HistoryEntry entry, RestoreState state, @Nullable HistoryEntry dependsOn)
            implements BackupChainNode {
        @Override
        public String key() {
            return entry.backup().id().value();
        }
    }

    /**
     * Stands in for the full backup of incrementals that come before the first full backup the
     * hub lists in a repository.
     *
     * @param repositoryId the repository
     * @param incrementals how many incrementals hang under it
     */
    record MissingFull(String repositoryId, int incrementals) implements BackupChainNode {
        @Override
        public String key() {
            return "missing-full:" + repositoryId;
        }
    }
}
