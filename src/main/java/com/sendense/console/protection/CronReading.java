package com.sendense.console.protection;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the crons {@link ScheduleChoice} writes (and their common spellings) when they come back from the hub. */
final class CronReading {

    private static final Pattern DAILY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* (\\*|\\?)");
    private static final Pattern WEEKDAYS = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* (?i:(MON-FRI|1-5))");
    private static final Pattern HOURLY = Pattern
            .compile("0 (\\d{1,2}) (\\*|0/(\\d{1,2})|\\*/(\\d{1,2})) \\* \\* (\\*|\\?)");

    private CronReading() {}

    static ScheduleChoice read(String cron) {
        String text = CronSchedule.parse(cron).expression();
        Matcher m = DAILY.matcher(text);
        if (m.matches() && clock(m.group(2), m.group(1))) {
            return new ScheduleChoice.Daily(LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = WEEKDAYS.matcher(text);
        if (m.matches() && clock(m.group(2), m.group(1))) {
            return new ScheduleChoice.Weekdays(
                    LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = HOURLY.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(1)) < 60) {
            String step = m.group(3) != null ? m.group(3) : m.group(4);
            int hours = step == null ? 1 : Integer.parseInt(step);
            if (hours >= 1 && hours <= 12 && 24 % hours == 0) {
                return new ScheduleChoice.EveryHours(hours, Integer.parseInt(m.group(1)));
            }
        }
        return new ScheduleChoice.Custom(text);
    }

    private static boolean clock(String hour, String minute) {
        return Integer.parseInt(hour) < 24 && Integer.parseInt(minute) < 60;
    }
}
