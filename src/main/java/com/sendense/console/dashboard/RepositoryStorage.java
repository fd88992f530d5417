package com.sendense.console.dashboard;

import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A repository's capacity now and over the range.
 *
 * @param id the repository id
 * @param name its name
 * @param type local, NFS, …
 * @param now the hub's measurement now, or {@code null} when it could not read the file system
 * @param samples the recorded samples within the range, oldest first
 * @param forecast when it will be full, fitted to the forecast window's samples
 */
public record RepositoryStorage(
        String id,
        String name,
        RepositoryType type,
        @Nullable StorageInfo now,
        List<StorageSample> samples,
        StorageForecast forecast) {

    public RepositoryStorage {
        samples = List.copyOf(samples);
    }

    public Optional<StorageInfo> current() {
        return Optional.ofNullable(now);
    }
}
