package com.sendense.hubsim.world;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code vm_replication_contexts} row with its groups and disks. Only the fields a backup-only
 * hub fills are kept; the replication columns are always their zero/null values.
 */
public record VmContext(String contextId, String vmName, String vmwareVmId, String vmPath, String vcenterHost,
        String datacenter, int cpuCount, int memoryMb, String osType, String powerState, String vmToolsVersion,
        Instant createdAt, Instant updatedAt, @Nullable Integer credentialId, List<VmGroup> groups,
        List<VmDisk> disks) {

    public VmContext {
        groups = List.copyOf(groups);
        disks = List.copyOf(disks);
    }

    /** Sum of the disks' allocated data: the size of a full backup. */
    public long usedBytes() {
        return disks.stream().mapToLong(VmDisk::usedBytes).sum();
    }
}
