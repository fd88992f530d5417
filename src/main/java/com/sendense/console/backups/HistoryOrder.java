package com.sendense.console.backups;

import java.util.Comparator;
import java.util.List;

/**
 * One sort criterion of backup history.
 *
 * @param column the column
 * @param descending largest / newest first
 */
public record HistoryOrder(HistoryColumn column, boolean descending) {

    /** Newest first: the hub's own order and the default. */
    public static final List<HistoryOrder> NEWEST_FIRST = List.of(new HistoryOrder(HistoryColumn.DATE, true));

    /**
     * Sorts by the criteria in turn, then newest first and by id, so that pages are stable.
     *
     * @param orders the criteria, possibly empty
     * @return the comparator
     */
    public static Comparator<HistoryEntry> comparator(List<HistoryOrder> orders) {
        Comparator<HistoryEntry> result = (a, b) -> 0;
        for (HistoryOrder o : orders) {
            result = result.thenComparing(o.descending() ? o.column().ascending().reversed() : o.column().ascending());
        }
        return result.thenComparing(HistoryColumn.DATE.ascending().reversed())
                .thenComparing(e -> e.backup().id().value());
    }
}
