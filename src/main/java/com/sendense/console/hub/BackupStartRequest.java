package com.sendense.console.hub;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The hub always backs up every disk; {@code tags} are echoed only in the start response. */
public record BackupStartRequest(String vmName, BackupType type, String repositoryId, @Nullable String policyId,
        Map<String, String> tags) {

    public BackupStartRequest {
        if (vmName.isBlank()) {
            throw new IllegalArgumentException("A VM name is required");
        }
        if (repositoryId.isBlank()) {
            throw new IllegalArgumentException("A repository id is required");
        }
        tags = Map.copyOf(tags);
    }

    public static BackupStartRequest of(String vmName, BackupType type, String repositoryId) {
        return new BackupStartRequest(vmName, type, repositoryId, null, Map.of());
    }
}
