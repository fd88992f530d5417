package com.sendense.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageForecasterTest {

    private static final long GIB = 1L << 30;
    private static final long TIB = 1L << 40;
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void a_steady_line_reaches_the_capacity_where_the_line_says() {
        // 10 TiB, 4 TiB used, +100 GiB a day: 6 TiB left = 61.44 days after T0.
        List<StorageSample> samples = new ArrayList<>();
        for (int day = 0; day <= 10; day++) {
            samples.add(sample(T0.plus(Duration.ofDays(day)), 10 * TIB, 4 * TIB + day * 100 * GIB));
        }

        var forecast = (StorageForecast.FullOn) StorageForecaster.forecast(samples);

        assertThat(forecast.bytesPerDay()).isCloseTo(100.0 * GIB, within(1.0));
        assertThat(forecast.fullAt()).isEqualTo(T0.plusSeconds(Math.round(6.0 * TIB / (100.0 * GIB) * 86_400)));
    }

    @Test
    void noise_around_a_trend_is_averaged_out_by_least_squares() {
        List<StorageSample> samples = new ArrayList<>();
        long[] noise = {30, -20, 10, -30, 20, 0, -10, 25, -25, 0, 5};
        for (int day = 0; day < noise.length; day++) {
            samples.add(sample(T0.plus(Duration.ofDays(day)), 10 * TIB, 4 * TIB + day * 100 * GIB + noise[day] * GIB));
        }

        var forecast = (StorageForecast.FullOn) StorageForecaster.forecast(samples);

        // Independent fit of the same points (x in days): slope = Sxy/Sxx, intercept = mean(y) - slope*mean(x).
        double n = noise.length;
        double mx = (n - 1) / 2;
        double my = samples.stream().mapToDouble(StorageSample::usedBytes).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int d = 0; d < n; d++) {
            sxy += (d - mx) * (samples.get(d).usedBytes() - my);
            sxx += (d - mx) * (d - mx);
        }
        double slope = sxy / sxx;
        double fullDays = (10.0 * TIB - (my - slope * mx)) / slope;
        assertThat(forecast.bytesPerDay()).isCloseTo(slope, within(1.0));
        assertThat(Duration.between(T0, forecast.fullAt()).toSeconds()).isCloseTo(Math.round(fullDays * 86_400),
                within(2L));
    }

    @Test
    void flat_or_shrinking_usage_is_not_growing() {
        assertThat(StorageForecaster
                .forecast(List.of(sample(T0, TIB, GIB), sample(T0.plus(Duration.ofDays(3)), TIB, GIB))))
                .isInstanceOf(StorageForecast.NotGrowing.class);
        var shrinking = StorageForecaster
                .forecast(List.of(sample(T0, TIB, 5 * GIB), sample(T0.plus(Duration.ofDays(1)), TIB, 4 * GIB)));
        assertThat(((StorageForecast.NotGrowing) shrinking).bytesPerDay()).isCloseTo(-1.0 * GIB, within(1.0));
    }

    @Test
    void one_sample_or_a_span_under_an_hour_is_not_enough() {
        assertThat(StorageForecaster.forecast(List.of())).isInstanceOf(StorageForecast.NotEnoughData.class);
        assertThat(StorageForecaster.forecast(List.of(sample(T0, TIB, GIB))))
                .isInstanceOf(StorageForecast.NotEnoughData.class);
        assertThat(
                StorageForecaster.forecast(List.of(sample(T0, TIB, GIB), sample(T0.plusSeconds(1800), TIB, 2 * GIB))))
                .isInstanceOf(StorageForecast.NotEnoughData.class);
    }

    @Test
    void growth_that_would_take_a_century_is_not_growing() {
        assertThat(StorageForecaster.forecast(
                List.of(sample(T0, 1000 * TIB, GIB), sample(T0.plus(Duration.ofDays(1)), 1000 * TIB, GIB + (2 << 20)))))
                .isInstanceOf(StorageForecast.NotGrowing.class);
    }

    private static StorageSample sample(Instant at, long total, long used) {
        return new StorageSample(at, total, used, false);
    }
}
