package com.sendense.console.hub;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The hub's backup list query. The hub selects by exactly one of VM context, VM name, repository or
 * status (with none it returns nothing, not everything), then filters by type and status; no paging.
 * Build from a factory: {@code BackupFilter.forVm("pgtest1").ofType(FULL).andStatus(COMPLETED)}.
 */
public record BackupFilter(@Nullable String vmContextId, @Nullable String vmName, @Nullable String repositoryId,
        @Nullable BackupStatus status, @Nullable BackupType type) {

    public BackupFilter {
        long selectors = Stream.of(vmContextId, vmName, repositoryId).filter(s -> s != null).count();
        if (selectors > 1) {
            throw new IllegalArgumentException(
                    "The hub selects by only one of VM context, VM name and repository; got %d".formatted(selectors));
        }
        if (selectors == 0 && status == null) {
            throw new IllegalArgumentException(
                    "The hub returns nothing without a VM, repository or status; give one of them");
        }
        if (Stream.of(vmContextId, vmName, repositoryId).anyMatch(s -> s != null && s.isBlank())) {
            throw new IllegalArgumentException("A backup filter value must not be blank");
        }
        if (status == BackupStatus.STARTED || status == BackupStatus.UNKNOWN) {
            throw new IllegalArgumentException("The hub never stores the status %s".formatted(status));
        }
    }

    public static BackupFilter forVm(String vmName) {
        return new BackupFilter(null, vmName, null, null, null);
    }

    public static BackupFilter forVmContext(String vmContextId) {
        return new BackupFilter(vmContextId, null, null, null, null);
    }

    public static BackupFilter forRepository(String repositoryId) {
        return new BackupFilter(null, null, repositoryId, null, null);
    }

    /** Across all VMs, e.g. every running backup. */
    public static BackupFilter withStatus(BackupStatus status) {
        return new BackupFilter(null, null, null, status, null);
    }

    public BackupFilter ofType(BackupType type) {
        return new BackupFilter(vmContextId, vmName, repositoryId, status, type);
    }

    public BackupFilter andStatus(BackupStatus status) {
        return new BackupFilter(vmContextId, vmName, repositoryId, status, type);
    }
}
