package com.sendense.console.base.ui.component;

import com.sendense.console.base.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every size, duration and time the console shows, so units and rounding match on every screen. Sizes
 * use binary units: a "GB" is 2^30 bytes, as the hub counts. Words come from the {@code format} bundle, so
 * every method that writes one takes the reader's locale; the overloads without a locale write English and
 * are left only for code not yet translated.
 */
public final class Formatters {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private Formatters() {}

    /** {@code 1536} → "1.5 KB"; one decimal below 100, none above. */
    public static String bytes(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String pattern = value >= 100 ? "%.0f %s" : "%.1f %s";
        return String.format(locale, pattern, value, UNITS[unit]);
    }

    public static String speed(long bytesPerSecond, Locale locale) {
        return Messages.get(locale, "format.perSecond", bytes(bytesPerSecond, locale));
    }

    /** A compact duration: "45 s", "3 min 05 s", "2 h 07 min", "3 d 4 h". */
    public static String duration(Duration d, Locale locale) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return Messages.get(locale, "format.seconds", Long.toString(s));
        }
        if (s < 3600) {
            return Messages.get(locale, "format.minutesSeconds", Long.toString(s / 60), two(s % 60));
        }
        if (s < 86_400) {
            return Messages.get(locale, "format.hoursMinutes", Long.toString(s / 3600), two((s % 3600) / 60));
        }
        return Messages.get(locale, "format.daysHours", Long.toString(s / 86_400), Long.toString((s % 86_400) / 3600));
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago". */
    public static String ago(@Nullable Instant then, Instant now, Locale locale) {
        if (then == null) {
            return Messages.get(locale, "format.never");
        }
        long s = Duration.between(then, now).toSeconds();
        if (s < 60) {
            return Messages.get(locale, "format.justNow");
        }
        if (s < 3600) {
            return Messages.get(locale, "format.minutesAgo", Long.toString(s / 60));
        }
        if (s < 86_400) {
            return Messages.get(locale, "format.hoursAgo", Long.toString(s / 3600));
        }
        return Messages.get(locale, "format.daysAgo", s / 86_400);
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** Date and time in the user's locale and the console's zone, e.g. "24 Nov 2026, 17:05". */
    public static String dateTime(@Nullable Instant t, ZoneId zone, Locale locale) {
        if (t == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(t);
    }

    public static String time(Instant t, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(t);
    }

    public static String memoryMb(@Nullable Integer mb, Locale locale) {
        return mb == null ? "" : bytes(mb * 1024L * 1024L, locale);
    }
}
