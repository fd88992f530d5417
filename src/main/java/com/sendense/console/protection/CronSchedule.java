package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * A flow's schedule as the hub stores it: a six-field cron expression with seconds, evaluated in the
 * hub's time zone. The hub itself accepts five-field expressions (they never fire on its cron) and
 * checks nothing else, so everything the console runs is parsed here first.
 */
public final class CronSchedule {

    private final String expression;
    private final CronExpression cron;

    private CronSchedule(String expression, CronExpression cron) {
        this.expression = expression;
        this.cron = cron;
    }

    /**
     * @throws InvalidScheduleException when the expression is not six fields (seconds first) or not
     *     valid cron, with the reason in words
     */
    public static CronSchedule parse(@Nullable String expression) {
        String text = expression == null ? "" : expression.trim().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new InvalidScheduleException(Text.of("protection.schedule.empty"));
        }
        int fields = text.split(" ").length;
        if (fields != 6) {
            throw new InvalidScheduleException(Text.of("protection.schedule.fields", fields));
        }
        try {
            return new CronSchedule(text, CronExpression.parse(text));
        } catch (IllegalArgumentException e) {
            // Spring's reason stays English: it names cron fields, which read the same in every language.
            throw new InvalidScheduleException(
                    Text.of("protection.schedule.invalid", text, firstSentence(e.getMessage())));
        }
    }

    /** Whether the expression parses as a schedule the console can run. */
    public static boolean isValid(@Nullable String expression) {
        try {
            parse(expression);
            return true;
        } catch (InvalidScheduleException e) {
            return false;
        }
    }

    public String expression() {
        return expression;
    }

    /**
     * The first due time strictly after {@code after}, on the hub's calendar. A time the clock skips
     * when it goes forward runs when the clock has gone past it (01:30 on the night the clocks jump
     * from 01:00 to 02:00 runs at 02:30), as cron daemons do; a time that happens twice when the clock
     * goes back runs once. Spring's own evaluation would skip that day's backup.
     */
    public Optional<ZonedDateTime> next(Instant after, ZoneId zone) {
        LocalDateTime cursor = after.atZone(zone).toLocalDateTime();
        for (int guard = 0; guard < 1_000; guard++) {
            LocalDateTime local = cron.next(cursor);
            if (local == null) {
                return Optional.empty();
            }
            ZonedDateTime due = ZonedDateTime.ofLocal(local, zone, null);
            if (due.toInstant().isAfter(after)) {
                return Optional.of(due);
            }
            cursor = local;
        }
        return Optional.empty();
    }

    /** The next {@code count} due times strictly after {@code after}, fewer if the schedule ends. */
    public List<ZonedDateTime> next(Instant after, ZoneId zone, int count) {
        List<ZonedDateTime> times = new ArrayList<>(count);
        Instant at = after;
        while (times.size() < count) {
            Optional<ZonedDateTime> due = next(at, zone);
            if (due.isEmpty()) {
                break;
            }
            times.add(due.get());
            at = due.get().toInstant();
        }
        return times;
    }

    /**
     * The latest due time in {@code (since, now]}, if any: the run a scheduler that last looked at
     * {@code since} owes. Walks forward from {@code since}, so callers bound how far back it starts.
     */
    public Optional<Instant> latestDueIn(Instant since, Instant now, ZoneId zone) {
        Instant latest = null;
        Instant at = since;
        while (true) {
            Optional<ZonedDateTime> due = next(at, zone);
            if (due.isEmpty() || due.get().toInstant().isAfter(now)) {
                return Optional.ofNullable(latest);
            }
            latest = due.get().toInstant();
            at = latest;
        }
    }

    /** How many due times fall in {@code (since, now]}, counting at most {@code cap}. */
    public int countDueIn(Instant since, Instant now, ZoneId zone, int cap) {
        int count = 0;
        Instant at = since;
        while (count < cap) {
            Optional<ZonedDateTime> due = next(at, zone);
            if (due.isEmpty() || due.get().toInstant().isAfter(now)) {
                break;
            }
            count++;
            at = due.get().toInstant();
        }
        return count;
    }

    /**
     * The longest gap between two consecutive runs over the week after {@code from}: what a VM's
     * recovery point objective must allow. Empty when the schedule runs less than twice in eight
     * weeks.
     */
    public Optional<Duration> longestGap(Instant from, ZoneId zone) {
        Instant end = from.plus(Duration.ofDays(7));
        Instant horizon = from.plus(Duration.ofDays(56));
        List<ZonedDateTime> times = new ArrayList<>();
        Instant at = from;
        while (true) {
            Optional<ZonedDateTime> due = next(at, zone);
            if (due.isEmpty() || due.get().toInstant().isAfter(horizon)
                    || (times.size() >= 2 && times.getLast().toInstant().isAfter(end))) {
                break;
            }
            times.add(due.get());
            at = due.get().toInstant();
        }
        if (times.size() < 2) {
            return Optional.empty();
        }
        Duration longest = Duration.ZERO;
        for (int i = 1; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - 1), times.get(i));
            if (gap.compareTo(longest) > 0) {
                longest = gap;
            }
        }
        return Optional.of(longest);
    }

    private static Object firstSentence(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return Text.of("protection.schedule.unreadable");
        }
        String first = message.split("[.;\n]", 2)[0].trim();
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule other && other.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
