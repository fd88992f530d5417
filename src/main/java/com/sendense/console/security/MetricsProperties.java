package com.sendense.console.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code console.metrics.*}: who may scrape {@code /actuator/prometheus} (see {@link MetricsSecurity}).
 *
 * @param anonymous {@code CONSOLE_METRICS_ANONYMOUS}: anyone who reaches the endpoint may scrape; meant for
 *     a separate, internal {@code management.server.port}
 * @param user {@code CONSOLE_METRICS_USER}: HTTP Basic user of the scraper
 * @param password {@code CONSOLE_METRICS_PASSWORD}: its password
 */
@ConfigurationProperties("console.metrics")
record MetricsProperties(@DefaultValue("false") boolean anonymous, @DefaultValue("") String user,
        @DefaultValue("") String password) {

    boolean credentialsConfigured() {
        return !user.isBlank() && !password.isBlank();
    }

    @Override
    public String toString() {
        return "MetricsProperties[anonymous=" + anonymous + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + "]";
    }
}
