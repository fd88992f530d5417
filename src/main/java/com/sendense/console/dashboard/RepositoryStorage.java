package com.sendense.console.dashboard;

import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code now} is {@code null} when the hub could not read the file system. */
public record RepositoryStorage(String id, String name, RepositoryType type, @Nullable StorageInfo now,
        List<StorageSample> samples, StorageForecast forecast) {

    public RepositoryStorage {
        samples = List.copyOf(samples);
    }

    public Optional<StorageInfo> current() {
        return Optional.ofNullable(now);
    }
}
