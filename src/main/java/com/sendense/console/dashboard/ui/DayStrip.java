package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

import com.sendense.console.base.ui.component.Svg;

import com.sendense.console.dashboard.DayMark;
import com.sendense.console.dashboard.DayResult;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** A VM's last 30 days as a row of small squares: good, failed, no backup, today. */
final class DayStrip {

    private static final double CELL = 10;
    private static final double GAP = 2;
    private static final double HEIGHT = 16;

    private DayStrip() {}

    static String render(String vmName, List<DayMark> strip, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        long good = strip.stream().filter(m -> m.result() == DayResult.GOOD).count();
        long failed = strip.stream().filter(m -> m.result() == DayResult.FAILED).count();
        long missed = strip.stream().filter(m -> m.result() == DayResult.MISSED).count();
        String label = Messages.get(locale, "dashboard.strip.label", vmName, strip.size(), good, failed, missed);
        Svg svg = new Svg(strip.size() * (CELL + GAP), HEIGHT, label);
        for (int i = 0; i < strip.size(); i++) {
            DayMark m = strip.get(i);
            svg.rect(i * (CELL + GAP), 1, CELL, HEIGHT - 2, style(m.result()), Messages.get(locale,
                    "dashboard.strip.day", day.format(m.day()), Messages.get(locale, m.result().label())));
        }
        return svg.render();
    }

    static String style(DayResult result) {
        return switch (result) {
            case GOOD -> "fill: var(--lumo-success-color)";
            case FAILED -> "fill: var(--lumo-error-color)";
            case MISSED -> "fill: var(--lumo-contrast-20pct)";
            case PENDING -> "fill: none; stroke: var(--lumo-contrast-40pct); stroke-width: 1; stroke-dasharray: 2 2";
        };
    }
}
