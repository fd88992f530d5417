package com.sendense.hubsim.world;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A backup schedule. The hub stores a six-field cron expression; the simulator only needs the
 * three shapes its demo schedules use, so it keeps them as data and derives the cron text.
 *
 * @param dayOfWeek  for weekly schedules, else null
 * @param dayOfMonth for monthly schedules, else 0
 */
public record Schedule(
        String id,
        String name,
        String description,
        LocalTime at,
        @Nullable DayOfWeek dayOfWeek,
        int dayOfMonth,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    /** Six-field cron as the hub stores it, e.g. {@code 0 0 2 * * *}. */
    public String cron() {
        String dom = dayOfMonth > 0 ? Integer.toString(dayOfMonth) : "*";
        String dow = dayOfWeek == null ? "*" : Integer.toString(dayOfWeek.getValue() % 7);
        return "0 " + at.getMinute() + " " + at.getHour() + " " + dom + " * " + dow;
    }

    /** Whether the schedule fires on {@code date}. */
    public boolean firesOn(LocalDate date) {
        if (dayOfWeek != null) {
            return date.getDayOfWeek() == dayOfWeek;
        }
        if (dayOfMonth > 0) {
            return date.getDayOfMonth() == dayOfMonth;
        }
        return true;
    }

    /** The next firing strictly after {@code now}. */
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
