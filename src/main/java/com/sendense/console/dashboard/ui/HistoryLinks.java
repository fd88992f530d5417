package com.sendense.console.dashboard.ui;

import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.ui.BackupsNavigation;
import com.sendense.console.dashboard.DashboardQuery;
import com.sendense.console.dashboard.FailureEntry;
import com.sendense.console.hub.BackupStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Click-through from the dashboard to the filtered all-VM backup history. Every link carries the
 * dashboard's group, so the history shows the same backups the dashboard counted.
 */
final class HistoryLinks {

    private HistoryLinks() {}

    /** The history filter a chart link stands for; unknown values are left out. */
    static HistoryFilter filter(SvgChart.ChartLink link) {
        return HistoryFilter.ALL.withVm(link.vm())
                .withStatus(status(link.status()))
                .withDates(date(link.from()), date(link.to()))
                .withGroup(link.group());
    }

    /** Failed backups of one VM on one day, within the dashboard's group. */
    static HistoryFilter filter(FailureEntry failure, DashboardQuery query) {
        return HistoryFilter.ALL.withVm(failure.vmName())
                .withStatus(BackupStatus.FAILED)
                .withDates(failure.day(), failure.day())
                .withGroup(query.group());
    }

    /** Every failed backup in the dashboard's range and group. */
    static HistoryFilter failures(DashboardQuery query) {
        return HistoryFilter.ALL.withStatus(BackupStatus.FAILED)
                .withDates(query.from(), query.to())
                .withGroup(query.group());
    }

    static void open(HistoryFilter filter) {
        BackupsNavigation.showAllHistory(filter);
    }

    private static @Nullable BackupStatus status(@Nullable String s) {
        return s == null
                ? null
                : Arrays.stream(BackupStatus.values())
                        .filter(st -> st != BackupStatus.UNKNOWN && st.wireValue().equals(s))
                        .findFirst()
                        .orElse(null);
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
