package com.sendense.hubsim.world;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The hub stores a six-field cron expression; the demo needs only four shapes (daily, weekly on
 * {@code dayOfWeek}, monthly on {@code dayOfMonth}, every {@code everyMinutes} minutes), so they are data and
 * the cron text is derived. The every-minutes shape has no generated history: it exists so that the
 * console's scheduler starts backups in the demo within minutes (the hub never fires flows itself).
 */
public record Schedule(String id, String name, String description, LocalTime at, @Nullable DayOfWeek dayOfWeek,
        int dayOfMonth, boolean enabled, Instant createdAt, Instant updatedAt, int everyMinutes) {

    public Schedule(String id, String name, String description, LocalTime at, @Nullable DayOfWeek dayOfWeek,
            int dayOfMonth, boolean enabled, Instant createdAt, Instant updatedAt) {
        this(id, name, description, at, dayOfWeek, dayOfMonth, enabled, createdAt, updatedAt, 0);
    }

    /** Six-field cron as the hub stores it, e.g. {@code 0 0 2 * * *}, or {@code 0 *}{@code /15 * * * *}. */
    public String cron() {
        if (everyMinutes > 0) {
            return "0 */" + everyMinutes + " * * * *";
        }
        String dom = dayOfMonth > 0 ? Integer.toString(dayOfMonth) : "*";
        String dow = dayOfWeek == null ? "*" : Integer.toString(dayOfWeek.getValue() % 7);
        return "0 " + at.getMinute() + " " + at.getHour() + " " + dom + " * " + dow;
    }

    public boolean firesOn(LocalDate date) {
        if (dayOfWeek != null) {
            return date.getDayOfWeek() == dayOfWeek;
        }
        if (dayOfMonth > 0) {
            return date.getDayOfMonth() == dayOfMonth;
        }
        return true;
    }

    public Instant nextAfter(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate date = local.toLocalDate();
        for (int i = 0; i < 400; i++, date = date.plusDays(1)) {
            ZonedDateTime candidate = date.atTime(at).atZone(zone);
            if (firesOn(date) && candidate.toInstant().isAfter(now)) {
                return candidate.toInstant();
            }
        }
        throw new IllegalStateException("Schedule " + name + " never fires");
    }
}
