package com.sendense.console.hub;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A VM as the hub knows it (a "VM replication context"). The hub keys VMs by {@link #vmName()}
 * for backups and by {@link #contextId()} for disks.
 *
 * <p>The hub's replication counters and ids are left out: they say nothing about backups.
 *
 * @param contextId the context id, {@code ctx-<vm>-<yyyymmdd-hhmmss>}
 * @param vmName the VM name, the key every backup call uses
 * @param vmwareVmId vCenter's instance UUID
 * @param vmPath the inventory path in vCenter
 * @param vcenterHost the vCenter host name
 * @param datacenter the vCenter datacenter
 * @param currentStatus the replication status ({@code discovered}, {@code replicating}, …);
 *     kept as text because it is replication vocabulary, not backup vocabulary
 * @param cpuCount vCPUs, if discovered
 * @param memoryMb memory in MiB, if discovered
 * @param osType {@code windows}, {@code linux}, …, if discovered
 * @param powerState the power state, if discovered
 * @param vmToolsVersion the VMware tools / hardware version, if discovered
 * @param createdAt when the hub discovered the VM
 * @param updatedAt when the hub last changed the record
 * @param lastJobAt the last replication job, if any (never a backup)
 * @param autoAdded whether discovery added the VM automatically
 * @param schedulerEnabled whether the hub's scheduler may run jobs for the VM
 * @param credentialId the vCenter credential; a backup cannot start without one
 * @param groups the machine groups, empty when none (and always empty from
 *     {@link HubClient#vm(String)}: the hub's detail response has no groups)
 */
public record VmContext(
        String contextId,
        String vmName,
        String vmwareVmId,
        String vmPath,
        String vcenterHost,
        String datacenter,
        String currentStatus,
        @Nullable Integer cpuCount,
        @Nullable Integer memoryMb,
        @Nullable String osType,
        @Nullable PowerState powerState,
        @Nullable String vmToolsVersion,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastJobAt,
        boolean autoAdded,
        boolean schedulerEnabled,
        @Nullable Integer credentialId,
        List<VmGroup> groups) {

    public VmContext {
        groups = List.copyOf(groups);
    }

    /**
     * Whether the hub has a vCenter credential for this VM; without one {@code startBackup} fails
     * with {@link HubErrorCode#VM_MISSING_CREDENTIAL} (and leaves an orphan job on the hub).
     *
     * @return {@code true} when a credential id is set
     */
    public boolean hasCredential() {
        return credentialId != null && credentialId != 0;
    }
}
