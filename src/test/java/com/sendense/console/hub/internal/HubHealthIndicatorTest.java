package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.HubProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class HubHealthIndicatorTest extends HubClientTestSupport {

    @Test
    void up_with_the_hub_version_demo_flag_and_auth_mode() {
        serve(get("/health"), 200, "health.json");
        HubProperties demo = new HubProperties(hubUrl(), null, null, null, Duration.ofSeconds(5), null, null, true);

        Health health = new HubHealthIndicator(client(demo), demo).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("version", "1.0.0")
                .containsEntry("demo", true)
                .containsEntry("auth", "off")
                .containsEntry("lastLogin", "NOT_ATTEMPTED");
    }

    @Test
    void down_with_the_error_code_and_without_retrying() {
        serve(get("/health"), 404, "error-404-route.txt");
        HubProperties properties = properties(null, HubProperties.DEFAULT_TIME_ZONE, Duration.ofSeconds(5));

        Health health = new HubHealthIndicator(client(properties), properties).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("code", "ROUTE_NOT_FOUND").containsKey("error");
        assertThat(backoffs).isEmpty();
    }

    @Test
    void down_when_no_hub_is_configured() {
        HubProperties none = HubProperties.forUrl(null);

        Health health = new HubHealthIndicator(client(none), none).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("code", "UNREACHABLE");
    }
}
