package com.sendense.console.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Calendar days in the hub's zone, both ends inclusive; {@code group} {@code null} means every VM. */
public record DashboardQuery(LocalDate from, LocalDate to, @Nullable String group) {

    public static final int DEFAULT_DAYS = 30;

    public static final int MAX_DAYS = 366;

    public DashboardQuery {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts: %s to %s".formatted(from, to));
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("A range can be at most %d days".formatted(MAX_DAYS));
        }
        group = group == null || group.isBlank() ? null : group;
    }

    public static DashboardQuery lastDays(LocalDate today) {
        return new DashboardQuery(today.minusDays(DEFAULT_DAYS - 1L), today, null);
    }

    public DashboardQuery withGroup(@Nullable String newGroup) {
        return new DashboardQuery(from, to, newGroup);
    }

    public int days() {
        return days(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
