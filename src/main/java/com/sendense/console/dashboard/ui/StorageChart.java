package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.Svg;
import com.sendense.console.dashboard.RepositoryStorage;
import com.sendense.console.dashboard.StorageForecast;
import com.sendense.console.dashboard.StorageSample;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A repository's used space over the range against its capacity, with the trend projected past the
 * range end (a third of the range) and the estimated full date marked when it falls inside.
 */
final class StorageChart {

    static final double WIDTH = 600;
    static final double HEIGHT = 170;
    private static final double LEFT = 56;
    private static final double RIGHT = 10;
    private static final double TOP = 12;
    private static final double BOTTOM = 24;
    private static final String AXIS_TEXT = "fill: var(--lumo-secondary-text-color); font-size: 11px";

    private StorageChart() {}

    static String render(RepositoryStorage repo, Instant rangeStart, Instant rangeEnd, ZoneId zone, Locale locale) {
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("d MMM", locale).withZone(zone);
        DateTimeFormatter longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone);
        List<StorageSample> samples = repo.samples();
        long capacity = repo.current()
                .map(i -> i.totalBytes())
                .orElse(samples.isEmpty() ? 1 : samples.getLast().totalBytes());
        Instant end = rangeEnd.plus(Duration.between(rangeStart, rangeEnd).dividedBy(3));
        var scale = new Scale(rangeStart, end, Math.max(capacity, 1));

        Svg svg = new Svg(WIDTH, HEIGHT, label(repo, samples, longDay, locale));
        svg.rect(scale.x(rangeEnd), TOP, WIDTH - RIGHT - scale.x(rangeEnd), scale.plotH(),
                "fill: var(--lumo-contrast-5pct)", Messages.get(locale, "dashboard.storageChart.projection"));
        for (int tick = 0; tick <= 2; tick++) {
            double y = scale.y(capacity * tick / 2.0);
            svg.line(LEFT, y, WIDTH - RIGHT, y, "stroke: var(--lumo-contrast-10pct); stroke-width: 1");
            svg.text(LEFT - 6, y + 4, Formatters.bytes(capacity * tick / 2, locale), "end", AXIS_TEXT);
        }
        svg.line(LEFT, scale.y(capacity), WIDTH - RIGHT, scale.y(capacity),
                "stroke: var(--lumo-error-color); stroke-width: 1.5; stroke-dasharray: 6 4");
        // rangeEnd is midnight after the last day: label the last day itself.
        Instant lastDay = rangeEnd.minusSeconds(1);
        for (Instant t : List.of(rangeStart, rangeStart.plus(Duration.between(rangeStart, lastDay).dividedBy(2)),
                lastDay)) {
            svg.text(scale.x(t), HEIGHT - 6, shortDay.format(t), "middle", AXIS_TEXT);
        }
        drawUsage(svg, scale, samples, longDay, locale);
        if (repo.forecast() instanceof StorageForecast.FullOn full && !samples.isEmpty()
                && full.fullAt().isAfter(samples.getLast().at())) {
            StorageSample last = samples.getLast();
            Instant lineEnd = full.fullAt().isBefore(end) ? full.fullAt() : end;
            double usedAtEnd = last.usedBytes()
                    + full.bytesPerDay() * Duration.between(last.at(), lineEnd).toSeconds() / 86_400;
            svg.line(scale.x(last.at()), scale.y(last.usedBytes()), scale.x(lineEnd),
                    scale.y(Math.min(usedAtEnd, capacity)),
                    "stroke: var(--lumo-warning-color); stroke-width: 2; stroke-dasharray: 4 3");
            if (full.fullAt().isBefore(end) && full.fullAt().isAfter(rangeStart)) {
                svg.circle(scale.x(full.fullAt()), scale.y(capacity), 4, "fill: var(--lumo-error-color)",
                        Messages.get(locale, "dashboard.storageChart.fullMark", longDay.format(full.fullAt())));
            }
        }
        return svg.render();
    }

    private static void drawUsage(Svg svg, Scale scale, List<StorageSample> samples, DateTimeFormatter day,
            Locale locale) {
        List<StorageSample> estimated = samples.stream().filter(StorageSample::estimated).toList();
        List<StorageSample> measured = samples.stream().filter(s -> !s.estimated()).toList();
        if (estimated.size() > 1 || (!estimated.isEmpty() && !measured.isEmpty())) {
            List<StorageSample> line = new ArrayList<>(estimated);
            measured.stream().findFirst().ifPresent(line::add);
            svg.polyline(points(scale, line),
                    "fill: none; stroke: var(--lumo-primary-color-50pct); stroke-width: 2; stroke-dasharray: 3 3",
                    Messages.get(locale, "dashboard.storageChart.estimated"));
        }
        if (measured.size() > 1) {
            svg.polyline(points(scale, measured), "fill: none; stroke: var(--lumo-primary-color); stroke-width: 2",
                    Messages.get(locale, "dashboard.storageChart.measured"));
        }
        if (!samples.isEmpty()) {
            StorageSample s = samples.getLast();
            svg.circle(scale.x(s.at()), scale.y(s.usedBytes()), 3.5, "fill: var(--lumo-primary-color)",
                    Messages.get(locale, "dashboard.storageChart.lastSample", day.format(s.at()),
                            Formatters.bytes(s.usedBytes(), locale)));
        }
    }

    private static double[] points(Scale scale, List<StorageSample> samples) {
        double[] points = new double[samples.size() * 2];
        for (int i = 0; i < samples.size(); i++) {
            points[2 * i] = scale.x(samples.get(i).at());
            points[2 * i + 1] = scale.y(samples.get(i).usedBytes());
        }
        return points;
    }

    private static String label(RepositoryStorage repo, List<StorageSample> samples, DateTimeFormatter day,
            Locale locale) {
        String usage = samples.isEmpty()
                ? Messages.get(locale, "dashboard.storageChart.noSamples")
                : Messages.get(locale, "dashboard.storageChart.usage",
                        Formatters.bytes(samples.getFirst().usedBytes(), locale), day.format(samples.getFirst().at()),
                        Formatters.bytes(samples.getLast().usedBytes(), locale), day.format(samples.getLast().at()));
        String forecast = switch (repo.forecast()) {
            case StorageForecast.FullOn f ->
                Messages.get(locale, "dashboard.storageChart.fullOn", day.format(f.fullAt()));
            case StorageForecast.NotGrowing n -> Messages.get(locale, "dashboard.storageChart.notGrowing");
            case StorageForecast.NotEnoughData n -> Messages.get(locale, "dashboard.storageChart.notEnoughData");
        };
        return Messages.get(locale, "dashboard.storageChart.label", repo.name(), usage, forecast);
    }

    /** Maps time and bytes onto the plot area. */
    private record Scale(Instant start, Instant end, long capacity) {

        double plotW() {
            return WIDTH - LEFT - RIGHT;
        }

        double plotH() {
            return HEIGHT - TOP - BOTTOM;
        }

        double x(Instant t) {
            double span = Duration.between(start, end).toSeconds();
            double at = Duration.between(start, t).toSeconds();
            return LEFT + plotW() * Math.max(0, Math.min(1, at / span));
        }

        double y(double bytes) {
            return TOP + plotH() - plotH() * Math.max(0, Math.min(1, bytes / capacity));
        }
    }
}
