package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of {@code /api/v1/restore/*} (contract §5). */
final class RestoreJson {

    private RestoreJson() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MountRequest(String backupId, int diskIndex) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Mount(@Nullable String mountId, @Nullable String backupId, @Nullable Long backupDiskId,
            @Nullable Integer diskIndex, @Nullable String mountPath, @Nullable String nbdDevice,
            @Nullable String filesystemType, @Nullable String status, @Nullable String createdAt,
            @Nullable String expiresAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MountList(@Nullable Integer count, @Nullable List<Mount> mounts) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FileInfo(@Nullable String name, @Nullable String path, @Nullable String type, @Nullable Long size,
            @Nullable String mode, @Nullable String modifiedTime, @Nullable Boolean isSymlink,
            @Nullable String symlinkTarget) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FileList(@Nullable String mountId, @Nullable String path, @Nullable List<FileInfo> files,
            @Nullable Integer totalCount) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Resources(@Nullable Integer activeMounts, @Nullable Integer maxMounts, @Nullable Integer availableSlots,
            @Nullable List<String> allocatedDevices, @Nullable Integer availableDevices,
            @Nullable Double deviceUtilizationPercent) {}

    /** Durations are Go {@code time.Duration}: integer nanoseconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Cleanup(@Nullable Boolean running, @Nullable Long cleanupInterval, @Nullable Long idleTimeout,
            @Nullable Integer activeMountCount, @Nullable Integer expiredMountCount) {}
}
