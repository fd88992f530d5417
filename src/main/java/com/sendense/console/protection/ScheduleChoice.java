package com.sendense.console.protection;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * How an operator says when a flow runs: every day at a time, on weekdays at a time, every N hours,
 * or a cron expression for experts. Each is stored on the hub as a six-field cron and read back from
 * one, so a flow made elsewhere with a familiar cron still shows as "every day at 01:00".
 */
public sealed interface ScheduleChoice {

    DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The six-field cron the hub stores. */
    String cron();

    /** The schedule in words, e.g. "every day at 01:00". */
    String describe();

    default CronSchedule schedule() {
        return CronSchedule.parse(cron());
    }

    record Daily(LocalTime at) implements ScheduleChoice {

        @Override
        public String cron() {
            return "0 " + at.getMinute() + " " + at.getHour() + " * * *";
        }

        @Override
        public String describe() {
            return "every day at " + at.format(CLOCK);
        }
    }

    record Weekdays(LocalTime at) implements ScheduleChoice {

        @Override
        public String cron() {
            return "0 " + at.getMinute() + " " + at.getHour() + " * * MON-FRI";
        }

        @Override
        public String describe() {
            return "Monday to Friday at " + at.format(CLOCK);
        }
    }

    /** Every {@code hours} hours (a divisor of 24, so the runs keep their clock times), at minute {@code minute}. */
    record EveryHours(int hours, int minute) implements ScheduleChoice {

        public EveryHours {
            if (hours < 1 || hours > 12 || 24 % hours != 0) {
                throw new InvalidScheduleException("Every N hours takes 1, 2, 3, 4, 6, 8 or 12 hours.");
            }
            if (minute < 0 || minute > 59) {
                throw new InvalidScheduleException("The minute past the hour is 0 to 59.");
            }
        }

        @Override
        public String cron() {
            return "0 " + minute + " " + (hours == 1 ? "*" : "*/" + hours) + " * * *";
        }

        @Override
        public String describe() {
            String past = minute == 0 ? "on the hour" : "at " + minute + " min past the hour";
            return (hours == 1 ? "every hour" : "every " + hours + " hours") + ", " + past;
        }
    }

    /** Anything else, validated as six-field cron. */
    record Custom(String expression) implements ScheduleChoice {

        public Custom {
            expression = CronSchedule.parse(expression).expression();
        }

        @Override
        public String cron() {
            return expression;
        }

        @Override
        public String describe() {
            return "cron \"" + expression + "\"";
        }
    }

    /**
     * Reads a stored cron back into the simplest choice that means the same.
     *
     * @throws InvalidScheduleException when the expression is not a valid six-field cron
     */
    static ScheduleChoice fromCron(String cron) {
        return CronReading.read(cron);
    }
}
