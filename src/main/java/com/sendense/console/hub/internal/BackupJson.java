package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of {@code /api/v1/backups*} (contract §4). */
final class BackupJson {

    private BackupJson() {}

    /** The hub's {@code BackupResponse}, used by start, get, list and chain. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Backup(@Nullable String backupId, @Nullable String vmContextId, @Nullable String vmName,
            @Nullable List<DiskResult> diskResults, @Nullable String backupType, @Nullable String type,
            @Nullable String repositoryId, @Nullable String policyId, @Nullable String status,
            @Nullable Long bytesTransferred, @Nullable Long totalBytes, @Nullable Integer disksCount,
            @Nullable String errorMessage, @Nullable String currentPhase, @Nullable Long transferSpeedBps,
            @Nullable Double progressPercent, @Nullable String lastTelemetryAt, @Nullable String createdAt,
            @Nullable String startedAt, @Nullable String completedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DiskResult(@Nullable Integer diskId, @Nullable Integer nbdPort, @Nullable String nbdExportName,
            @Nullable String qcow2Path, @Nullable Long qemuNbdPid, @Nullable String status,
            @Nullable String errorMessage) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BackupList(@Nullable List<Backup> backups, @Nullable Integer total) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Stats(@Nullable Integer backupCount, @Nullable Long totalSizeBytes, @Nullable String lastBackupAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Chain(@Nullable String chainId, @Nullable String vmContextId, @Nullable String vmName,
            @Nullable Integer diskId, @Nullable String repositoryId, @Nullable String fullBackupId,
            @Nullable List<Backup> backups, @Nullable Long totalSizeBytes, @Nullable Integer backupCount) {}

    /** The start request; the hub ignores unknown fields and needs no nulls. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StartRequest(String vmName, String backupType, String repositoryId,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String policyId,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> tags) {}
}
