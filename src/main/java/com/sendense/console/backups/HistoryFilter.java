package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What the all-VM backup history shows; every field left {@code null} means "any". Dates are
 * calendar days in the hub's zone, both ends inclusive, matched against when a backup started.
 *
 * @param vmName one VM
 * @param status one status
 * @param type full or incremental
 * @param from first day
 * @param to last day
 * @param repositoryId one repository
 * @param group one hub group, by name: VMs the inventory lists in it (as on the dashboard)
 */
public record HistoryFilter(
        @Nullable String vmName,
        @Nullable BackupStatus status,
        @Nullable BackupType type,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String repositoryId,
        @Nullable String group) {

    /** Everything the user may see. */
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null, null);

    public HistoryFilter {
        vmName = blankToNull(vmName);
        repositoryId = blankToNull(repositoryId);
        group = blankToNull(group);
    }

    public HistoryFilter withVm(@Nullable String vm) {
        return new HistoryFilter(vm, status, type, from, to, repositoryId, group);
    }

    public HistoryFilter withStatus(@Nullable BackupStatus s) {
        return new HistoryFilter(vmName, s, type, from, to, repositoryId, group);
    }

    public HistoryFilter withType(@Nullable BackupType t) {
        return new HistoryFilter(vmName, status, t, from, to, repositoryId, group);
    }

    public HistoryFilter withDates(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new HistoryFilter(vmName, status, type, first, last, repositoryId, group);
    }

    public HistoryFilter withRepository(@Nullable String repository) {
        return new HistoryFilter(vmName, status, type, from, to, repository, group);
    }

    public HistoryFilter withGroup(@Nullable String groupName) {
        return new HistoryFilter(vmName, status, type, from, to, repositoryId, groupName);
    }

    /**
     * Whether a backup passes every set criterion; days are taken in {@code zone}.
     *
     * @param vmGroups the groups the backup's VM is in now, by name; empty for a VM the inventory no longer lists
     */
    public boolean matches(Backup b, ZoneId zone, Collection<String> vmGroups) {
        LocalDate day = b.createdAt().atZone(zone).toLocalDate();
        return (vmName == null || vmName.equals(b.vmName()))
                && (status == null || status == b.status())
                && (type == null || type == b.type())
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (repositoryId == null || repositoryId.equals(b.repositoryId()))
                && (group == null || vmGroups.contains(group));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
