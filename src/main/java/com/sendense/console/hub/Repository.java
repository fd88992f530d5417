package com.sendense.console.hub;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hub lists only enabled repositories and enforces neither {@code immutable} nor
 * {@code minRetentionDays}. {@code config} is text with secrets removed.
 */
public record Repository(String id, String name, RepositoryType type, boolean enabled, boolean immutable,
        int minRetentionDays, @Nullable StorageInfo storage, Instant createdAt, Instant updatedAt,
        Map<String, String> config) {

    public Repository {
        config = Map.copyOf(config);
    }

    /** Empty when the hub could not read it, e.g. an NFS share that is not mounted. */
    public Optional<StorageInfo> storageInfo() {
        return Optional.ofNullable(storage);
    }
}
