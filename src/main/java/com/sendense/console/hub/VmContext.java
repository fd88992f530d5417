package com.sendense.console.hub;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A VM as the hub knows it (a "VM replication context"), keyed by name for backups and by context id
 * for disks; replication counters are left out. {@code currentStatus} stays text (replication
 * vocabulary); {@code lastJobAt} is never a backup; {@code groups} is empty from {@link HubClient#vm}.
 */
public record VmContext(String contextId, String vmName, String vmwareVmId, String vmPath, String vcenterHost,
        String datacenter, String currentStatus, @Nullable Integer cpuCount, @Nullable Integer memoryMb,
        @Nullable String osType, @Nullable PowerState powerState, @Nullable String vmToolsVersion, Instant createdAt,
        Instant updatedAt, @Nullable Instant lastJobAt, boolean autoAdded, boolean schedulerEnabled,
        @Nullable Integer credentialId, List<VmGroup> groups) {

    public VmContext {
        groups = List.copyOf(groups);
    }

    /** Without one {@code startBackup} fails ({@link HubErrorCode#VM_MISSING_CREDENTIAL}) and leaves an orphan job. */
    public boolean hasCredential() {
        return credentialId != null && credentialId != 0;
    }
}
