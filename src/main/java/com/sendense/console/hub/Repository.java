package com.sendense.console.hub;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A backup repository.
 *
 * @param id the repository id, e.g. {@code repo-local-1759780081}
 * @param name the display name
 * @param type the storage type
 * @param enabled whether it is enabled (the hub only lists enabled ones)
 * @param immutable whether backups are meant to be immutable (the hub does not enforce it)
 * @param minRetentionDays the minimum retention (the hub does not enforce it)
 * @param storage the capacity, or {@code null} when the hub could not read it (e.g. an NFS share
 *     that is not mounted)
 * @param createdAt when the repository was registered
 * @param updatedAt when it was last changed
 * @param config the type-specific settings as text (path, server, export…); secrets such as
 *     {@code password_secret} are removed
 */
public record Repository(
        String id,
        String name,
        RepositoryType type,
        boolean enabled,
        boolean immutable,
        int minRetentionDays,
        @Nullable StorageInfo storage,
        Instant createdAt,
        Instant updatedAt,
        Map<String, String> config) {

    public Repository {
        config = Map.copyOf(config);
    }

    /**
     * The capacity, if the hub could read it.
     *
     * @return the storage info, or empty
     */
    public Optional<StorageInfo> storageInfo() {
        return Optional.ofNullable(storage);
    }
}
