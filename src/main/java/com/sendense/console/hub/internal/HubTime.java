package com.sendense.console.hub.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Parses the hub's timestamps (contract §1.4): RFC 3339 with 0–9 fraction digits, and "false Z"
 * fields, local wall-clock time in the hub's zone followed by a literal {@code Z}.
 */
final class HubTime {

    /** Go's zero {@code time.Time}, which the hub writes for unset non-pointer times. */
    private static final Instant GO_ZERO = Instant.parse("0001-01-01T00:00:00Z");

    private final ZoneId hubZone;

    HubTime(ZoneId hubZone) {
        this.hubZone = hubZone;
    }

    /** A correct RFC 3339 timestamp; {@code null}, empty and Go's zero time give {@code null}. */
    @Nullable
    Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant parsed = parseOffset(text);
        return parsed.equals(GO_ZERO) ? null : parsed;
    }

    /**
     * A "false Z" timestamp: the hub formats local time with {@code "2006-01-02T15:04:05Z"}, so
     * the {@code Z} is dropped and the hub's zone attached. A real offset (the start response
     * uses one) is honoured.
     */
    @Nullable
    Instant wallClock(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.endsWith("Z") || trimmed.endsWith("z")) {
            String local = trimmed.substring(0, trimmed.length() - 1);
            if (local.startsWith("0001-01-01")) {
                return null;
            }
            try {
                return LocalDateTime.parse(local).atZone(hubZone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Unreadable hub timestamp: " + text, e);
            }
        }
        if (hasOffset(trimmed)) {
            return instant(trimmed);
        }
        return LocalDateTime.parse(trimmed).atZone(hubZone).toInstant();
    }

    Instant requiredInstant(@Nullable String text, String field) {
        Instant value = instant(text);
        if (value == null) {
            throw new IllegalArgumentException("The hub sent no " + field);
        }
        return value;
    }

    Instant requiredWallClock(@Nullable String text, String field) {
        Instant value = wallClock(text);
        if (value == null) {
            throw new IllegalArgumentException("The hub sent no " + field);
        }
        return value;
    }

    private static Instant parseOffset(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Unreadable hub timestamp: " + text, e);
        }
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }
}
