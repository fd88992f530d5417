package com.sendense.console.backups;

import java.util.Comparator;
import java.util.List;

public record HistoryOrder(HistoryColumn column, boolean descending) {

    /** The hub's own order and the default. */
    public static final List<HistoryOrder> NEWEST_FIRST = List.of(new HistoryOrder(HistoryColumn.DATE, true));

    /** Ends with newest first and the id, so that pages are stable. */
    public static Comparator<HistoryEntry> comparator(List<HistoryOrder> orders) {
        Comparator<HistoryEntry> result = (a, b) -> 0;
        for (HistoryOrder o : orders) {
            result = result.thenComparing(o.descending() ? o.column().ascending().reversed() : o.column().ascending());
        }
        return result.thenComparing(HistoryColumn.DATE.ascending().reversed())
                .thenComparing(e -> e.backup().id().value());
    }
}
