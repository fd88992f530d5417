package com.sendense.console.restore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of one file search. {@code parallel}: folder listings in flight at once, so one search cannot starve the hub
 * or other users; the others stop the search and say so. {@code batchInterval}: how often matches are pushed to
 * the browser (Vaadin's guidance is at most 2–4 pushes a second).
 */
@ConfigurationProperties("console.restore.search")
public record SearchProperties(@DefaultValue("4") int parallel, @DefaultValue("50000") int maxFolders,
        @DefaultValue("2000000") long maxEntries, @DefaultValue("10000") int maxMatches,
        @DefaultValue("5m") Duration maxDuration, @DefaultValue("250ms") Duration batchInterval) {

    public SearchProperties {
        if (parallel < 1 || maxFolders < 1 || maxEntries < 1 || maxMatches < 1) {
            throw new IllegalArgumentException("console.restore.search: parallel and the limits must be at least 1");
        }
    }

    public static SearchProperties defaults() {
        return new SearchProperties(4, 50_000, 2_000_000, 10_000, Duration.ofMinutes(5), Duration.ofMillis(250));
    }
}
