package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A {@code null} field means "any". Days are in the hub's zone, both ends inclusive, matched against the
 * start; {@code group} matches the VMs the inventory lists in it now, as on the dashboard.
 */
public record HistoryFilter(@Nullable String vmName, @Nullable BackupStatus status, @Nullable BackupType type,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String repositoryId, @Nullable String group) {

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

    public boolean matches(Backup b, ZoneId zone, Collection<String> vmGroups) {
        LocalDate day = b.createdAt().atZone(zone).toLocalDate();
        return (vmName == null || vmName.equals(b.vmName())) && (status == null || status == b.status())
                && (type == null || type == b.type()) && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to)) && (repositoryId == null || repositoryId.equals(b.repositoryId()))
                && (group == null || vmGroups.contains(group));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
