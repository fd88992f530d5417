package com.sendense.console.base.ui.component;

import com.sendense.console.base.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times in words as the seed's wireframe writes them ("2 hours ago", "in 5 hours"), for columns that
 * answer "how long since" and "how long until"; {@link Formatters#ago} stays the compact form.
 */
public final class RelativeTime {

    private RelativeTime() {}

    /** "just now", "1 minute ago", "2 hours ago", "3 days ago"; whole units, rounded down. */
    public static String ago(Instant then, Instant now, Locale locale) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return Messages.get(locale, "base.relative.justNow");
        }
        return Messages.get(locale, "base.relative.ago", amount(minutes, locale));
    }

    /** "in less than a minute", "in 45 minutes", "in 5 hours", "in 2 days"; "due now" once the time has come. */
    public static String until(Instant at, Instant now, Locale locale) {
        Duration d = Duration.between(now, at);
        if (d.isNegative() || d.isZero()) {
            return Messages.get(locale, "base.relative.dueNow");
        }
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return Messages.get(locale, "base.relative.inLessThanAMinute");
        }
        // Rounded to the nearest hour or day past 90 minutes: "in 12 hours" for 11 h 59 min.
        long rounded = minutes < 90
                ? minutes
                : minutes < 48 * 60 ? Math.round(minutes / 60.0) * 60 : Math.round(minutes / 1440.0) * 1440;
        return Messages.get(locale, "base.relative.in", amount(rounded, locale));
    }

    /** "01:00" today, "Fri 01:00" within a week, else a short date and time; in {@code zone}. */
    public static String clock(ZonedDateTime at, Instant now, Locale locale) {
        ZonedDateTime today = now.atZone(at.getZone());
        if (at.toLocalDate().equals(today.toLocalDate())) {
            return at.format(DateTimeFormatter.ofPattern("HH:mm", locale));
        }
        if (at.toLocalDate().isBefore(today.toLocalDate().plusDays(7)) && at.isAfter(today)) {
            return at.format(DateTimeFormatter.ofPattern("EEE HH:mm", locale));
        }
        return at.format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    /** The full date and time with the zone, for a tooltip: "10 Oct 2025, 01:00 (Europe/London)". */
    public static String full(Instant at, ZoneId zone, Locale locale) {
        return Messages.get(locale, "base.relative.full", Formatters.dateTime(at, zone, locale), zone.getId());
    }

    private static String amount(long minutes, Locale locale) {
        if (minutes < 60) {
            return Messages.get(locale, "base.relative.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return Messages.get(locale, "base.relative.hours", minutes / 60);
        }
        return Messages.get(locale, "base.relative.days", minutes / 1440);
    }
}
