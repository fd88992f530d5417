package com.sendense.console.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the dashboard shows, computed in one go.
 *
 * @param query what was asked for
 * @param generatedAt when it was computed
 * @param zone the hub's zone, in which days are counted
 * @param summary the headline figures
 * @param vms every VM shown, worst first
 * @param days results per day of the range, oldest first, one entry per day
 * @param failures failed backups that started within the range, newest first
 * @param repositories repositories, by name
 * @param storage per VM, fastest-growing first
 * @param groups every hub group the user can filter by, by name
 * @param notes things the reader should know about the figures (hub limitations, unreadable storage)
 * @param unprotectedAfter a VM without a completed backup this recent is unprotected
 */
public record Dashboard(
        DashboardQuery query,
        Instant generatedAt,
        ZoneId zone,
        PostureSummary summary,
        List<VmPosture> vms,
        List<DailyCount> days,
        List<FailureEntry> failures,
        List<RepositoryStorage> repositories,
        List<VmStorage> storage,
        List<String> groups,
        List<String> notes,
        Duration unprotectedAfter) {

    public Dashboard {
        vms = List.copyOf(vms);
        days = List.copyOf(days);
        failures = List.copyOf(failures);
        repositories = List.copyOf(repositories);
        storage = List.copyOf(storage);
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    /** VMs without a recent completed backup. */
    public List<VmPosture> unprotected() {
        return vms.stream().filter(v -> v.state() == PostureState.UNPROTECTED).toList();
    }

    public int failedInRange() {
        return days.stream().mapToInt(DailyCount::failed).sum();
    }

    public int completedInRange() {
        return days.stream().mapToInt(DailyCount::completed).sum();
    }

    /** Today in the hub's zone, as the dashboard saw it. */
    public LocalDate today() {
        return generatedAt.atZone(zone).toLocalDate();
    }
}
