package com.sendense.hubsim.backup;

import java.util.Map;

/** A validated {@code BackupStartRequest}: every field already passed the handler's checks. */
public record StartRequest(String vmName, String backupType, String repositoryId, String policyId,
        Map<String, String> tags) {

    public StartRequest {
        tags = Map.copyOf(tags);
    }
}
