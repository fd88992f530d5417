package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubAuthStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubHealth;
import com.sendense.console.hub.HubProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Actuator's {@code hub} component; UP and DOWN both say whether the hub is the demo simulator and auth is on. */
final class HubHealthIndicator implements HealthIndicator {

    private final HubClient client;
    private final HubProperties properties;

    HubHealthIndicator(HubClient client, HubProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public Health health() {
        HubAuthStatus auth = client.authStatus();
        try {
            // One attempt only: a health probe must not sit through the client's retries.
            HubHealth health = client instanceof WebClientHubClient web ? web.probe() : client.health();
            return common(Health.up(), auth).withDetail("version", health.version())
                    .withDetail("service", health.service())
                    .build();
        } catch (HubException e) {
            return common(Health.down(), auth).withDetail("code", e.code().name())
                    .withDetail("error", e.getMessage())
                    .build();
        }
    }

    private Health.Builder common(Health.Builder builder, HubAuthStatus auth) {
        builder.withDetail("demo", properties.demo())
                .withDetail("auth", auth.tokenConfigured() ? "on" : "off")
                .withDetail("lastLogin", auth.lastLogin().name());
        if (auth.lastLoginError() != null) {
            builder.withDetail("lastLoginError", auth.lastLoginError());
        }
        return builder;
    }
}
