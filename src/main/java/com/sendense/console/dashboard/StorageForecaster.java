package com.sendense.console.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Ordinary least squares over used bytes, as Proxmox Backup Server does for its "estimated full". */
final class StorageForecaster {

    /** Samples closer together than this say nothing about a trend. */
    static final Duration MIN_SPAN = Duration.ofHours(1);

    /** Below this (bytes per day) growth is noise. */
    static final double MIN_GROWTH_PER_DAY = 1 << 20;

    /** Beyond this the estimate is meaningless: "not growing". */
    static final double MAX_SECONDS_AHEAD = 100 * 365.25 * 86_400;

    private StorageForecaster() {}

    static StorageForecast forecast(List<StorageSample> unsorted) {
        List<StorageSample> samples = unsorted.stream().sorted(Comparator.comparing(StorageSample::at)).toList();
        if (samples.size() < 2
                || Duration.between(samples.getFirst().at(), samples.getLast().at()).compareTo(MIN_SPAN) < 0) {
            return new StorageForecast.NotEnoughData();
        }
        Instant origin = samples.getFirst().at();
        int n = samples.size();
        double meanX = 0;
        double meanY = 0;
        for (StorageSample s : samples) {
            meanX += seconds(origin, s.at()) / n;
            meanY += (double) s.usedBytes() / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (StorageSample s : samples) {
            double dx = seconds(origin, s.at()) - meanX;
            sxx += dx * dx;
            sxy += dx * (s.usedBytes() - meanY);
        }
        double slope = sxy / sxx;
        double perDay = slope * 86_400;
        if (perDay < MIN_GROWTH_PER_DAY) {
            return new StorageForecast.NotGrowing(perDay);
        }
        double intercept = meanY - slope * meanX;
        double capacity = samples.getLast().totalBytes();
        double fullX = (capacity - intercept) / slope;
        if (fullX - seconds(origin, samples.getLast().at()) > MAX_SECONDS_AHEAD) {
            return new StorageForecast.NotGrowing(perDay);
        }
        return new StorageForecast.FullOn(origin.plusSeconds(Math.round(fullX)), perDay);
    }

    private static double seconds(Instant origin, Instant t) {
        return Duration.between(origin, t).toMillis() / 1000.0;
    }
}
