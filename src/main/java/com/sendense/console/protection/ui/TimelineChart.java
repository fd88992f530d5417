package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Svg;
import com.sendense.console.protection.PlannedRun;
import com.sendense.console.protection.Timeline;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The timeline as server-side SVG: a row per repository, an axis in the hub's zone, a marker per run. */
final class TimelineChart {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final double WIDTH = 1000;
    private static final double LEFT = 170;
    private static final double RIGHT = 16;
    private static final double TOP = 30;
    private static final double ROW = 48;
    private static final int MAX_LABEL = 22;

    private TimelineChart() {}

    static String render(Timeline t, Locale locale) {
        Map<String, List<PlannedRun>> rows = t.byRepository();
        double height = TOP + Math.max(1, rows.size()) * ROW + 8;
        var svg = new Svg(WIDTH, height, label(t, rows.size(), locale));
        axis(svg, t, height);
        int i = 0;
        for (var row : rows.entrySet()) {
            double y = TOP + i * ROW;
            svg.line(0, y + ROW, WIDTH, y + ROW, "stroke: var(--lumo-contrast-10pct)");
            svg.text(4, y + ROW / 2 + 4, clip(row.getKey()), "start",
                    "font-size: 13px; fill: var(--lumo-body-text-color)");
            // Runs at the same moment share one marker: their counts would print over each other.
            row.getValue()
                    .stream()
                    .collect(java.util.stream.Collectors.groupingBy(r -> r.at().toInstant(), java.util.TreeMap::new,
                            java.util.stream.Collectors.toList()))
                    .values()
                    .forEach(same -> marker(svg, t, same, y, locale));
            i++;
        }
        return svg.render();
    }

    private static void axis(Svg svg, Timeline t, double height) {
        ZonedDateTime tick = t.from().truncatedTo(ChronoUnit.HOURS).plusHours(1);
        while (tick.isBefore(t.to())) {
            double x = x(t, tick);
            boolean major = tick.getHour() % 3 == 0;
            svg.line(x, TOP - 4, x, height - 8,
                    major ? "stroke: var(--lumo-contrast-20pct)" : "stroke: var(--lumo-contrast-5pct)");
            if (major) {
                svg.text(x, TOP - 10, tick.format(CLOCK), "middle",
                        "font-size: 12px; fill: var(--lumo-secondary-text-color)");
            }
            tick = tick.plusHours(1);
        }
    }

    private static void marker(Svg svg, Timeline t, List<PlannedRun> same, double y, Locale locale) {
        PlannedRun run = same.getFirst();
        double x = x(t, run.at());
        boolean collides = same.stream().anyMatch(t::collides);
        String runs = String.join("; ",
                same.stream()
                        .map(r -> Messages.get(locale, "protection.timeline.markerRun", r.flowName(),
                                r.at().format(CLOCK), r.vmCount()))
                        .toList());
        String title = collides ? Messages.get(locale, "protection.timeline.markerCollision", runs) : runs;
        int vmCount = same.stream().mapToInt(PlannedRun::vmCount).sum();
        String fill = collides ? "var(--lumo-error-color)" : "var(--lumo-primary-color)";
        svg.rect(x - 4, y + 12, 8, ROW - 24, "fill: " + fill + "; rx: 2px", title,
                Map.of("flow", run.flowId(), "collision", String.valueOf(collides)));
        svg.text(x + 7, y + ROW - 12, String.valueOf(vmCount), "start",
                "font-size: 11px; fill: var(--lumo-secondary-text-color)");
        if (collides) {
            // Not colour alone: a warning sign marks every colliding run.
            svg.text(x, y + 10, "\u26A0", "middle", "font-size: 12px; fill: var(--lumo-error-text-color)");
        }
    }

    private static double x(Timeline t, ZonedDateTime at) {
        double span = Duration.between(t.from(), t.to()).toSeconds();
        double offset = Duration.between(t.from(), at).toSeconds();
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.max(0, Math.min(1, offset / span));
    }

    private static String clip(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String label(Timeline t, int repositories, Locale locale) {
        return Messages.get(locale, "protection.timeline.chartLabel", t.from().format(CLOCK), repositories,
                t.runs().size(), t.collisions().size());
    }
}
