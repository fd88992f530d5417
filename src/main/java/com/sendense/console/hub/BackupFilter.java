package com.sendense.console.hub;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The hub's backup list query. The hub selects rows by exactly one of VM context, VM name,
 * repository or status (with none it returns an empty list, never "everything"), then filters by
 * type and status. So this record allows at most one of {@code vmContextId}, {@code vmName} and
 * {@code repositoryId}, and needs either one of them or a status.
 *
 * <p>Start from a factory and narrow: {@code BackupFilter.forVm("pgtest1").ofType(FULL).andStatus(COMPLETED)}.
 * There is no paging: the hub returns every matching backup, newest first.
 *
 * @param vmContextId select by VM context id
 * @param vmName select by VM name
 * @param repositoryId select by repository
 * @param status select by status when nothing else selects, otherwise filter by it
 * @param type filter by backup type
 */
public record BackupFilter(
        @Nullable String vmContextId,
        @Nullable String vmName,
        @Nullable String repositoryId,
        @Nullable BackupStatus status,
        @Nullable BackupType type) {

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

    /**
     * Every backup of a VM, by name.
     *
     * @param vmName the VM name (checked against the inventory: the hub crashes on unknown names)
     * @return the filter
     */
    public static BackupFilter forVm(String vmName) {
        return new BackupFilter(null, vmName, null, null, null);
    }

    /**
     * Every backup of a VM, by context id.
     *
     * @param vmContextId the context id
     * @return the filter
     */
    public static BackupFilter forVmContext(String vmContextId) {
        return new BackupFilter(vmContextId, null, null, null, null);
    }

    /**
     * Every backup in a repository.
     *
     * @param repositoryId the repository id
     * @return the filter
     */
    public static BackupFilter forRepository(String repositoryId) {
        return new BackupFilter(null, null, repositoryId, null, null);
    }

    /**
     * Every backup with a status, across all VMs (e.g. all running ones).
     *
     * @param status the status
     * @return the filter
     */
    public static BackupFilter withStatus(BackupStatus status) {
        return new BackupFilter(null, null, null, status, null);
    }

    /**
     * This filter, narrowed to one backup type.
     *
     * @param type the type
     * @return a new filter
     */
    public BackupFilter ofType(BackupType type) {
        return new BackupFilter(vmContextId, vmName, repositoryId, status, type);
    }

    /**
     * This filter, narrowed to one status.
     *
     * @param status the status
     * @return a new filter
     */
    public BackupFilter andStatus(BackupStatus status) {
        return new BackupFilter(vmContextId, vmName, repositoryId, status, type);
    }
}
