package com.sendense.console.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code console.alerts.*}.
 *
 * @param lookBack how old a failed backup or run may be and still be alerted: a console started after a long
 *     stop reports what it missed, not the last month
 * @param collapseWindow a cause that clears and comes back within it is not alerted again
 * @param firstRetry the first retry's delay; it doubles up to {@code maxRetry}, for {@code maxAttempts} attempts
 * @param claimTimeout a row claimed longer ago than this was being sent by an instance that stopped
 * @param digestHour the hour (hub's zone) the daily digest goes out
 */
@ConfigurationProperties("console.alerts")
public record AlertProperties(@DefaultValue("1m") Duration detectInterval, @DefaultValue("5s") Duration sendInterval,
        @DefaultValue("24h") Duration lookBack, @DefaultValue("90") int fillPercent,
        @DefaultValue("14") int forecastDays, @DefaultValue("10m") Duration mountWarning,
        @DefaultValue("6h") Duration collapseWindow, @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("2m") Duration claimTimeout, @DefaultValue("7") int digestHour,
        @DefaultValue("15s") Duration sendTimeout) {

    public static AlertProperties defaults() {
        return new AlertProperties(Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofHours(24), 90, 14,
                Duration.ofMinutes(10), Duration.ofHours(6), 6, Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofMinutes(2), 7, Duration.ofSeconds(15));
    }

    /** The wait after attempt {@code attempts} failed: 30 s, 1 min, 2 min, ... at most {@code maxRetry}. */
    public Duration backoff(int attempts) {
        Duration d = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
