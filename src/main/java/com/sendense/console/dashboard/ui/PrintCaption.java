package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

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
        String group = d.query().group() == null
                ? Messages.get(locale, "dashboard.print.allGroups")
                : Messages.get(locale, "dashboard.print.group", d.query().group());
        return Messages.get(locale, "dashboard.print.caption", day.format(d.query().from()), day.format(d.query().to()),
                group, Formatters.dateTime(d.generatedAt(), d.zone(), locale));
    }
}
