package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

import com.sendense.console.base.ui.component.Svg;

import com.sendense.console.dashboard.DailyCount;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Completed and failed backups per day as stacked bars. Each bar segment links to the backup
 * history of that day and status, and of the dashboard's group when one is chosen.
 */
final class DailyChart {

    static final double WIDTH = 800;
    static final double HEIGHT = 210;
    private static final double LEFT = 44;
    private static final double RIGHT = 8;
    private static final double TOP = 12;
    private static final double BOTTOM = 28;
    private static final String AXIS_TEXT = "fill: var(--lumo-secondary-text-color); font-size: 11px";

    /** The same mark as the legend's "Failed". */
    static final String FAILED_MARK = "\u2715";
    private static final String FAILED_MARK_STYLE = "fill: var(--lumo-error-text-color); font-size: 10px";

    private DailyChart() {}

    static String render(List<DailyCount> days, @Nullable String group, Locale locale) {
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("d MMM", locale);
        DateTimeFormatter longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        int completed = days.stream().mapToInt(DailyCount::completed).sum();
        int failed = days.stream().mapToInt(DailyCount::failed).sum();
        String label = Messages.get(locale, "dashboard.daily.chartLabel", longDay.format(days.getFirst().day()),
                longDay.format(days.getLast().day()), completed, failed);
        Svg svg = new Svg(WIDTH, HEIGHT, label);

        int max = niceMax(days.stream().mapToInt(DailyCount::total).max().orElse(0));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int tick = 0; tick <= 2; tick++) {
            int value = max * tick / 2;
            double y = TOP + plotH - plotH * value / max;
            svg.line(LEFT, y, WIDTH - RIGHT, y, "stroke: var(--lumo-contrast-10pct); stroke-width: 1");
            svg.text(LEFT - 6, y + 4, String.valueOf(value), "end", AXIS_TEXT);
        }

        double slot = plotW / days.size();
        double barW = Math.max(2, slot * 0.72);
        int labelEvery = (int) Math.ceil(days.size() / 10.0);
        for (int i = 0; i < days.size(); i++) {
            DailyCount d = days.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double okH = plotH * d.completed() / max;
            double failH = d.failed() == 0 ? 0 : Math.max(3, plotH * d.failed() / max);
            double base = TOP + plotH;
            String day = d.day().toString();
            String dayText = longDay.format(d.day());
            if (d.completed() > 0) {
                svg.link(Messages.get(locale, "dashboard.daily.completedLink", dayText, d.completed()),
                        linkData("completed", day, group),
                        () -> svg.rect(x, base - okH, barW, okH, "fill: var(--lumo-success-color)",
                                Messages.get(locale, "dashboard.daily.completedTitle", dayText, d.completed())));
            }
            if (d.failed() > 0) {
                svg.link(Messages.get(locale, "dashboard.daily.failedLink", dayText, d.failed()),
                        linkData("failed", day, group), () -> {
                            svg.rect(x, base - okH - failH, barW, failH, "fill: var(--lumo-error-color)",
                                    Messages.get(locale, "dashboard.daily.failedTitle", dayText, d.failed()));
                            // a mark, not only red, so that failures show without telling colours apart (WCAG 1.4.1)
                            svg.text(x + barW / 2, base - okH - failH - 2, FAILED_MARK, "middle", FAILED_MARK_STYLE);
                        });
            }
            if (i % labelEvery == 0) {
                svg.text(x + barW / 2, HEIGHT - 8, shortDay.format(d.day()), "middle", AXIS_TEXT);
            }
        }
        svg.line(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH, "stroke: var(--lumo-contrast-50pct); stroke-width: 1");
        return svg.render();
    }

    private static Map<String, String> linkData(String status, String day, @Nullable String group) {
        Map<String, String> data = new HashMap<>(Map.of("status", status, "from", day, "to", day));
        if (group != null) {
            data.put("group", group);
        }
        return data;
    }

    /** A round axis maximum at or above {@code value}: 1, 2, 5, 10, 20, 50… (at least 4, so ticks are whole). */
    static int niceMax(int value) {
        int v = Math.max(value, 4);
        int magnitude = 1;
        while (magnitude * 10 <= v) {
            magnitude *= 10;
        }
        for (int step : new int[]{1, 2, 4, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
