package com.sendense.hubsim.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The hub's timestamp formats (contract §1.4) for a hub whose local zone is {@code zone}. */
public final class GoTime {

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ZoneId zone;

    public GoTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** In local time: fraction without trailing zeros, {@code Z} when the offset is 0. */
    public String rfc3339Nano(Instant t) {
        return format(t.atZone(zone), true);
    }

    /** Go reads nanoseconds, the JVM microseconds: a reading ending in {@code 000} gets a few nanoseconds more. */
    public static Instant withNanos(Instant t) {
        return t.getNano() % 1000 == 0 ? t.plusNanos(1 + Math.floorMod(t.getEpochSecond() * 7 + t.getNano(), 998)) : t;
    }

    /** GORM's {@code NowFunc}: {@code time.Now().Round(time.Millisecond)}. */
    public static Instant roundedToMillis(Instant t) {
        return t.plusNanos(500_000).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public String rfc3339(Instant t) {
        return format(t.atZone(zone), false);
    }

    /** As {@code /health} writes it. */
    public static String rfc3339Utc(Instant t) {
        return WALL.format(t.atZone(ZoneOffset.UTC)) + "Z";
    }

    /** The hub bug: {@code t.Format("2006-01-02T15:04:05Z")} on local time, a literal {@code Z} after wall-clock. */
    public String falseZ(Instant t) {
        return WALL.format(LocalDateTime.ofInstant(t, zone)) + "Z";
    }

    private static String format(ZonedDateTime t, boolean nanos) {
        StringBuilder s = new StringBuilder(WALL.format(t));
        if (nanos && t.getNano() != 0) {
            String frac = String.format("%09d", t.getNano());
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(frac, 0, end);
        }
        int offset = t.getOffset().getTotalSeconds();
        if (offset == 0) {
            s.append('Z');
        } else {
            s.append(offset < 0 ? '-' : '+');
            int abs = Math.abs(offset) / 60;
            s.append(String.format("%02d:%02d", abs / 60, abs % 60));
        }
        return s.toString();
    }
}
