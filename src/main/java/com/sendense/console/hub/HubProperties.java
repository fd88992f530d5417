package com.sendense.console.hub;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code hub.*} configuration keys.
 *
 * <p>Missing values get defaults, so the record can also be built in tests with nulls.
 *
 * @param baseUrl the hub's root URL, e.g. {@code http://hub:8082}; {@code null} (empty
 *     {@code HUB_URL}) means no hub is configured, and every call then fails with
 *     {@link HubUnavailableException} / {@link HubErrorCode#UNREACHABLE}
 * @param applianceToken the hub's appliance token; blank means hub authentication is off and no
 *     {@code Authorization} header is sent
 * @param timeZone the hub's local zone (default Europe/London); the hub writes some timestamps as
 *     local wall-clock time with a false {@code Z}, and this zone turns them into real instants
 * @param connectTimeout TCP connect timeout (default 5 s)
 * @param readTimeout the longest silence allowed while waiting for or reading a response (default
 *     30 s)
 * @param pollInterval how often the live poller asks the hub for progress (default 3 s)
 * @param stallThreshold after how long without telemetry a running backup is shown as stalled
 *     (default 2 min): well before the hub's own stale-job check fails a silent job (5 min, checked
 *     every 30 s), and the only flag a job that never sent telemetry ever gets, since the hub never
 *     fails such a job; a job is shown as not reporting from its first missed report anyway
 * @param demo {@code true} when the console runs against its embedded simulator
 */
@ConfigurationProperties("hub")
public record HubProperties(@Nullable URI baseUrl, @Nullable String applianceToken, ZoneId timeZone,
        Duration connectTimeout, Duration readTimeout, Duration pollInterval, Duration stallThreshold, boolean demo) {

    /** The hub runs in Europe/London in every known deployment. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/London");

    /** Less than half the hub's own 5 minutes, so users see a stall long before the hub fails the job. */
    public static final Duration DEFAULT_STALL_THRESHOLD = Duration.ofMinutes(2);

    public HubProperties {
        if (baseUrl != null && baseUrl.toString().isBlank()) {
            baseUrl = null;
        }
        if (applianceToken != null && applianceToken.isBlank()) {
            applianceToken = null;
        }
        timeZone = timeZone != null ? timeZone : DEFAULT_TIME_ZONE;
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(5);
        readTimeout = readTimeout != null ? readTimeout : Duration.ofSeconds(30);
        pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(3);
        stallThreshold = stallThreshold != null ? stallThreshold : DEFAULT_STALL_THRESHOLD;
    }

    /**
     * Properties for a hub at {@code baseUrl}, with every other value at its default.
     *
     * @param baseUrl the hub's root URL, or {@code null} for "not configured"
     * @return the properties
     */
    public static HubProperties forUrl(@Nullable URI baseUrl) {
        return new HubProperties(baseUrl, null, null, null, null, null, null, false);
    }

    /**
     * Whether an appliance token is configured, i.e. whether the console logs in to the hub.
     *
     * @return {@code true} when hub authentication is on
     */
    public boolean authEnabled() {
        return applianceToken != null;
    }
}
