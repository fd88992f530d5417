package com.sendense.console.dashboard.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.dashboard.Dashboard;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The line a printed dashboard starts with, since the filter fields are not printed. */
final class PrintCaption {

    private PrintCaption() {}

    static String text(Dashboard d, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return "Sendense protection dashboard · %s to %s · %s · as of %s".formatted(day.format(d.query().from()),
                day.format(d.query().to()), d.query().group() == null ? "all groups" : "group " + d.query().group(),
                Formatters.dateTime(d.generatedAt(), d.zone(), locale));
    }
}
