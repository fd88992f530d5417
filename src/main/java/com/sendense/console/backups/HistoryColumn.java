package com.sendense.console.backups;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The columns backup history can be sorted by; {@link #key()} names them in URLs and grids. */
public enum HistoryColumn {
    DATE(Comparator.comparing(e -> e.backup().createdAt())),
    VM(Comparator.comparing(e -> e.backup().vmName(), String.CASE_INSENSITIVE_ORDER)),
    TYPE(Comparator.comparing(e -> e.backup().type())),
    SIZE(Comparator.comparingLong(e -> e.backup().bytesTransferred())),
    // Running backups have no duration yet; they sort as the longest.
    DURATION(Comparator.comparing(e -> e.duration().orElse(Duration.ofSeconds(Long.MAX_VALUE)))),
    STATUS(Comparator.comparing(e -> e.backup().status().wireValue())),
    REPOSITORY(Comparator.comparing(HistoryEntry::repositoryName, String.CASE_INSENSITIVE_ORDER));

    private final Comparator<HistoryEntry> ascending;

    HistoryColumn(Comparator<HistoryEntry> ascending) {
        this.ascending = ascending;
    }

    /** Lower-case name, e.g. {@code date}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Ascending order by this column. */
    public Comparator<HistoryEntry> ascending() {
        return ascending;
    }

    /** The column with this {@link #key()}, if any. */
    public static Optional<HistoryColumn> fromKey(String key) {
        for (HistoryColumn c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
