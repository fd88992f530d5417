package com.sendense.console.protection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console runs flows.
 *
 * @param lateStartTolerance a due time this recent is run as scheduled; older ones are catch-ups
 * @param catchUp {@code once} runs a missed due time once when the console is back, {@code skip} records it as skipped
 * @param stuckAfter a started backup without progress this long makes its run STUCK
 * @param lookBack how far back a never-run flow or a long downtime is looked at for missed due times
 * @param trackInterval how often a backup the shared poller no longer follows is read from the hub
 */
@ConfigurationProperties("console.protection")
public record ProtectionProperties(@DefaultValue("20s") Duration tick, @DefaultValue("5m") Duration lateStartTolerance,
        @DefaultValue("once") CatchUp catchUp, @DefaultValue("6h") Duration stuckAfter,
        @DefaultValue("7d") Duration lookBack, @DefaultValue("1m") Duration trackInterval) {

    public enum CatchUp {
        ONCE, SKIP
    }

    public static ProtectionProperties defaults() {
        return new ProtectionProperties(Duration.ofSeconds(20), Duration.ofMinutes(5), CatchUp.ONCE,
                Duration.ofHours(6), Duration.ofDays(7), Duration.ofMinutes(1));
    }
}
