package com.sendense.console.backups;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

public enum HistoryColumn {

    DATE(Comparator.comparing(e -> e.backup().createdAt())), VM(
            Comparator.comparing(e -> e.backup().vmName(), String.CASE_INSENSITIVE_ORDER)), TYPE(
                    Comparator.comparing(e -> e.backup().type())), SIZE(
                            Comparator.comparingLong(e -> e.backup().bytesTransferred())),
    // Running backups have no duration yet; they sort as the longest.
    DURATION(Comparator.comparing(e -> e.duration().orElse(Duration.ofSeconds(Long.MAX_VALUE)))), STATUS(
            Comparator.comparing(e -> e.backup().status().wireValue())), REPOSITORY(
                    Comparator.comparing(HistoryEntry::repositoryName, String.CASE_INSENSITIVE_ORDER));

    private final Comparator<HistoryEntry> ascending;

    HistoryColumn(Comparator<HistoryEntry> ascending) {
        this.ascending = ascending;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Comparator<HistoryEntry> ascending() {
        return ascending;
    }

    public static Optional<HistoryColumn> fromKey(String key) {
        for (HistoryColumn c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
