package com.sendense.console.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code console.dashboard.*} settings.
 *
 * @param atRiskFraction a VM whose last good backup is older than this share of its RPO target is
 *     "at risk" (default 0.75)
 * @param unprotectedAfter a VM with no completed backup this recent counts as unprotected, whatever
 *     its target (default 7 days)
 * @param storageSampleInterval how often repository capacity is recorded (default 1 hour)
 * @param storageSampleInitialDelay how long after start the first sample is taken (default 10 s)
 * @param forecastWindow the samples the full-date estimate is fitted to (default the last 30 days)
 * @param storageRetention samples older than this are deleted (default 400 days)
 */
@ConfigurationProperties("console.dashboard")
public record DashboardProperties(
        @DefaultValue("0.75") double atRiskFraction,
        @DefaultValue("7d") Duration unprotectedAfter,
        @DefaultValue("1h") Duration storageSampleInterval,
        @DefaultValue("10s") Duration storageSampleInitialDelay,
        @DefaultValue("30d") Duration forecastWindow,
        @DefaultValue("400d") Duration storageRetention) {

    public DashboardProperties {
        if (atRiskFraction <= 0 || atRiskFraction >= 1) {
            throw new IllegalArgumentException(
                    "console.dashboard.at-risk-fraction must be between 0 and 1, was %s".formatted(atRiskFraction));
        }
    }

    /** The defaults, for tests and tools. */
    public static DashboardProperties defaults() {
        return new DashboardProperties(0.75, Duration.ofDays(7), Duration.ofHours(1), Duration.ofSeconds(10),
                Duration.ofDays(30), Duration.ofDays(400));
    }
}
