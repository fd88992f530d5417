package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

/** The Spring wiring, with Boot's own WebClient.Builder and Jackson mapper. */
class HubClientConfigurationTest extends HubClientTestSupport {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
                    WebClientAutoConfiguration.class))
            .withUserConfiguration(HubClientConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void the_client_is_created_without_a_hub_url_and_its_calls_say_so() {
        runner.withPropertyValues("hub.base-url=", "hub.appliance-token=", "hub.demo=false").run(context -> {
            HubProperties properties = context.getBean(HubProperties.class);
            assertThat(properties.baseUrl()).isNull();
            assertThat(properties.authEnabled()).isFalse();
            assertThatThrownBy(() -> context.getBean(HubClient.class).vms()).isInstanceOfSatisfying(
                    HubUnavailableException.class, e -> assertThat(e.code()).isEqualTo(HubErrorCode.UNREACHABLE));
            assertThat(context.getBean("hubHealthIndicator", HealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.DOWN);
        });
    }

    @Test
    void the_properties_bind_from_the_documented_keys_with_defaults() {
        runner.withPropertyValues("hub.base-url=http://hub.example:8082", "hub.appliance-token=secret",
                "hub.time-zone=UTC", "hub.read-timeout=45s", "hub.demo=true").run(context -> {
                    HubProperties properties = context.getBean(HubProperties.class);
                    assertThat(properties.baseUrl()).hasToString("http://hub.example:8082");
                    assertThat(properties.authEnabled()).isTrue();
                    assertThat(properties.timeZone()).isEqualTo(ZoneId.of("UTC"));
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.stallThreshold()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(properties.demo()).isTrue();
                });
    }

    @Test
    void boots_builder_and_mapper_read_the_real_fixtures() {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(get("/health"), 200, "health.json");
        runner.withPropertyValues("hub.base-url=" + hub.baseUrl()).run(context -> {
            assertThat(context.getBean(HubClient.class).vms()).hasSize(2);
            assertThat(context.getBean("hubHealthIndicator", HealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.UP);
            assertThat(context.getBean(MeterRegistry.class).find(WebClientHubClient.METRIC).timers()).isNotEmpty();
        });
    }
}
