package com.sendense.console.hub;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to back up. The hub always backs up every disk; there is no per-disk selection.
 *
 * @param vmName the VM name (checked against the inventory before the hub is called)
 * @param type full or incremental
 * @param repositoryId the target repository
 * @param policyId an optional policy id
 * @param tags optional tags, echoed only in the start response
 */
public record BackupStartRequest(
        String vmName, BackupType type, String repositoryId, @Nullable String policyId, Map<String, String> tags) {

    public BackupStartRequest {
        if (vmName.isBlank()) {
            throw new IllegalArgumentException("A VM name is required");
        }
        if (repositoryId.isBlank()) {
            throw new IllegalArgumentException("A repository id is required");
        }
        tags = Map.copyOf(tags);
    }

    /**
     * A request without policy or tags.
     *
     * @param vmName the VM name
     * @param type full or incremental
     * @param repositoryId the target repository
     * @return the request
     */
    public static BackupStartRequest of(String vmName, BackupType type, String repositoryId) {
        return new BackupStartRequest(vmName, type, repositoryId, null, Map.of());
    }
}
