package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of {@code /api/v1/repositories*} (contract §3.4, P6). */
final class RepositoryJson {

    private RepositoryJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Repository(@Nullable String id, @Nullable String name, @Nullable String type, @Nullable Boolean enabled,
            @Nullable Map<String, @Nullable Object> config, @Nullable Boolean isImmutable,
            @Nullable Integer minRetentionDays, @Nullable Storage storageInfo, @Nullable String createdAt,
            @Nullable String updatedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Storage(@Nullable String repositoryId, @Nullable Long totalBytes, @Nullable Long usedBytes,
            @Nullable Long availableBytes, @Nullable Double usedPercent, @Nullable Integer backupCount,
            @Nullable String lastCheckAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RepositoryList(@Nullable Boolean success, @Nullable List<Repository> repositories) {}

    /** {@code enabled} is always sent true: a disabled repository vanishes from the hub at its next restart. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(String name, String type, boolean enabled, Object config, boolean isImmutable,
            int minRetentionDays) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Created(@Nullable Repository repository, @Nullable Boolean success) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TestRequest(String type, Object config) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TestResult(@Nullable Boolean success, @Nullable String message, @Nullable String errorDetails) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Refresh(@Nullable Integer failedCount, @Nullable String message, @Nullable Integer refreshedCount,
            @Nullable Boolean success) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LocalConfig(String path, boolean autoMount, String mountOptions) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NfsConfig(String server, String exportPath, String mountPoint, String nfsVersion, String mountOptions) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CifsConfig(String server, String shareName, String mountPoint, String username, String passwordSecret,
            String domain, String mountOptions) {

        @Override
        public String toString() {
            return "CifsConfig[server=%s, shareName=%s, passwordSecret=***]".formatted(server, shareName);
        }
    }
}
