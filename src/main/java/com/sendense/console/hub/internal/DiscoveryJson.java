package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of discovery and {@code /api/v1/vmware-credentials*} (contract P7). */
final class DiscoveryJson {

    private DiscoveryJson() {}

    /** {@code create_context} stays false: with true the hub discovers twice and adds every VM. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DiscoverRequest(int credentialId, String filter, boolean createContext) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DiscoverResponse(@Nullable List<Vm> discoveredVms, @Nullable Integer discoveryCount,
            @Nullable Long processingTime, @Nullable String status, @Nullable String message) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Vm(@Nullable String id, @Nullable String name, @Nullable String path, @Nullable String powerState,
            @Nullable String guestOs, @Nullable Integer memoryMb, @Nullable Integer numCpu, @Nullable List<Disk> disks,
            @Nullable Boolean existing, @Nullable String contextId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Disk(@Nullable String id, @Nullable Long capacityBytes) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AddRequest(int credentialId, List<String> vmNames, String addedBy) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AddResponse(@Nullable Boolean success, @Nullable Integer vmsAdded, @Nullable Integer vmsFailed,
            @Nullable Integer totalVms, @Nullable List<Processed> processedVms) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Processed(@Nullable String vmName, @Nullable Boolean success, @Nullable String contextId,
            @Nullable String error) {}

    /** The list and create answers call the name {@code credential_name}, a single read {@code name}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Credential(@Nullable Integer id, @Nullable String credentialName, @Nullable String name,
            @Nullable String vcenterHost, @Nullable String username, @Nullable String datacenter,
            @Nullable Boolean isActive, @Nullable Boolean isDefault, @Nullable String lastUsed,
            @Nullable Integer usageCount) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CredentialList(@Nullable Integer count, @Nullable List<Credential> credentials, @Nullable String status) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CredentialCreated(@Nullable Credential credential, @Nullable String message, @Nullable String status) {}

    /** Every field, always: an omitted one is blanked by the hub's PUT; an empty password keeps the stored one. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CredentialWrite(String credentialName, String vcenterHost, String username, String password,
            String datacenter, boolean isActive, boolean isDefault) {}
}
