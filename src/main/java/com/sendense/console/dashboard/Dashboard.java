package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the dashboard shows, computed in one go. Days are counted in {@code zone}, the hub's;
 * {@code notes} tell the reader about hub limitations and unreadable storage.
 */
public record Dashboard(DashboardQuery query, Instant generatedAt, ZoneId zone, PostureSummary summary,
        List<VmPosture> vms, List<DailyCount> days, List<FailureEntry> failures, List<RepositoryStorage> repositories,
        List<VmStorage> storage, List<String> groups, List<Text> notes, Duration unprotectedAfter) {

    public Dashboard {
        vms = List.copyOf(vms);
        days = List.copyOf(days);
        failures = List.copyOf(failures);
        repositories = List.copyOf(repositories);
        storage = List.copyOf(storage);
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    public List<VmPosture> unprotected() {
        return vms.stream().filter(v -> v.state() == PostureState.UNPROTECTED).toList();
    }

    public int failedInRange() {
        return days.stream().mapToInt(DailyCount::failed).sum();
    }

    public int completedInRange() {
        return days.stream().mapToInt(DailyCount::completed).sum();
    }

    /** In the hub's zone, as the dashboard saw it. */
    public LocalDate today() {
        return generatedAt.atZone(zone).toLocalDate();
    }
}
