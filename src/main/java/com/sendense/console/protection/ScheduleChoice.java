package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How an operator says when a flow runs: every day at a time, on weekdays at a time, every N hours,
 * or a cron expression for experts. Each is stored on the hub as a six-field cron and read back from
 * one, so a flow made elsewhere with a familiar cron still shows as "every day at 01:00".
 */
public sealed interface ScheduleChoice {

    DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The six-field cron the hub stores. */
    String cron();

    /** The schedule in English words, e.g. "every day at 01:00": the name of the schedule on the hub. */
    default String describe() {
        return describe(Locale.ENGLISH);
    }

    /** The schedule in the reader's words, e.g. "every day at 01:00", "Montag bis Freitag um 01:00". */
    String describe(Locale locale);

    default CronSchedule schedule() {
        return CronSchedule.parse(cron());
    }

    record Daily(LocalTime at) implements ScheduleChoice {

        @Override
        public String cron() {
            return "0 " + at.getMinute() + " " + at.getHour() + " * * *";
        }

        @Override
        public String describe(Locale locale) {
            return Messages.get(locale, "protection.schedule.daily", at.format(CLOCK));
        }
    }

    record Weekdays(LocalTime at) implements ScheduleChoice {

        @Override
        public String cron() {
            return "0 " + at.getMinute() + " " + at.getHour() + " * * MON-FRI";
        }

        @Override
        public String describe(Locale locale) {
            return Messages.get(locale, "protection.schedule.weekdays",
                    DayOfWeek.MONDAY.getDisplayName(TextStyle.FULL, locale),
                    DayOfWeek.FRIDAY.getDisplayName(TextStyle.FULL, locale), at.format(CLOCK));
        }
    }

    /** Every {@code hours} hours (a divisor of 24, so the runs keep their clock times), at minute {@code minute}. */
    record EveryHours(int hours, int minute) implements ScheduleChoice {

        public EveryHours {
            if (hours < 1 || hours > 12 || 24 % hours != 0) {
                throw new InvalidScheduleException(Text.of("protection.schedule.invalidHours"));
            }
            if (minute < 0 || minute > 59) {
                throw new InvalidScheduleException(Text.of("protection.schedule.invalidMinute"));
            }
        }

        @Override
        public String cron() {
            return "0 " + minute + " " + (hours == 1 ? "*" : "*/" + hours) + " * * *";
        }

        @Override
        public String describe(Locale locale) {
            String every = hours == 1
                    ? Messages.get(locale, "protection.schedule.everyHour")
                    : Messages.get(locale, "protection.schedule.everyHours", Integer.toString(hours));
            String past = minute == 0
                    ? Messages.get(locale, "protection.schedule.onTheHour")
                    : Messages.get(locale, "protection.schedule.pastTheHour", Integer.toString(minute));
            return Messages.get(locale, "protection.schedule.hourly", every, past);
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
        public String describe(Locale locale) {
            return Messages.get(locale, "protection.schedule.custom", expression);
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
