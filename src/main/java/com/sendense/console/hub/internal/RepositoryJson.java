package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of {@code /api/v1/repositories*} (contract §3.4). */
final class RepositoryJson {

    private RepositoryJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Repository(
            @Nullable String id,
            @Nullable String name,
            @Nullable String type,
            @Nullable Boolean enabled,
            @Nullable Map<String, @Nullable Object> config,
            @Nullable Boolean isImmutable,
            @Nullable Integer minRetentionDays,
            @Nullable Storage storageInfo,
            @Nullable String createdAt,
            @Nullable String updatedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Storage(
            @Nullable String repositoryId,
            @Nullable Long totalBytes,
            @Nullable Long usedBytes,
            @Nullable Long availableBytes,
            @Nullable Double usedPercent,
            @Nullable Integer backupCount,
            @Nullable String lastCheckAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RepositoryList(@Nullable Boolean success, @Nullable List<Repository> repositories) {}
}
