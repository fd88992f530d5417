package com.sendense.console.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atRiskFraction}: a VM whose last good backup is older than this share of its target is at
 * risk; {@code unprotectedAfter}: without a completed backup this recent a VM is unprotected, whatever its target.
 */
@ConfigurationProperties("console.dashboard")
public record DashboardProperties(@DefaultValue("0.75") double atRiskFraction,
        @DefaultValue("7d") Duration unprotectedAfter, @DefaultValue("1h") Duration storageSampleInterval,
        @DefaultValue("10s") Duration storageSampleInitialDelay, @DefaultValue("30d") Duration forecastWindow,
        @DefaultValue("400d") Duration storageRetention) {

    public DashboardProperties {
        if (atRiskFraction <= 0 || atRiskFraction >= 1) {
            throw new IllegalArgumentException(
                    "console.dashboard.at-risk-fraction must be between 0 and 1, was %s".formatted(atRiskFraction));
        }
    }

    public static DashboardProperties defaults() {
        return new DashboardProperties(0.75, Duration.ofDays(7), Duration.ofHours(1), Duration.ofSeconds(10),
                Duration.ofDays(30), Duration.ofDays(400));
    }
}
