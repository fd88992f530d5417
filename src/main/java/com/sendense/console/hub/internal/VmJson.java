package com.sendense.console.hub.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Wire shapes of {@code /api/v1/vm-contexts*} (contract §3.1–3.3). */
final class VmJson {

    private VmJson() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Context(@Nullable String contextId, @Nullable String vmName, @Nullable String vmwareVmId,
            @Nullable String vmPath, @Nullable String vcenterHost, @Nullable String datacenter,
            @Nullable String currentStatus, @Nullable Integer cpuCount, @Nullable Integer memoryMb,
            @Nullable String osType, @Nullable String powerState, @Nullable String vmToolsVersion,
            @Nullable String createdAt, @Nullable String updatedAt, @Nullable String lastJobAt,
            @Nullable Boolean autoAdded, @Nullable Boolean schedulerEnabled, @Nullable Integer credentialId,
            @Nullable List<Group> groups) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Group(@Nullable String groupId, @Nullable String groupName, @Nullable Integer priority,
            @Nullable Boolean enabled) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ContextList(@Nullable Integer count, @Nullable List<Context> vmContexts) {}

    /** Only {@code context} is used: the detail's own {@code disks} is replication data, often null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Detail(@Nullable Context context) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Disk(@Nullable String diskId, @Nullable Long sizeGb) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DiskList(@Nullable Integer count, @Nullable List<Disk> disks) {}
}
