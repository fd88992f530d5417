package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sendense.console.hub.HubProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

/** WireMock serving the real hub fixtures, and a client wired like production but with recorded backoff. */
abstract class HubClientTestSupport {

    static final String SESSION_TOKEN = "sess_longlived_dev_token_2025_2035_permanent";
    static final String APPLIANCE_TOKEN = "vma_test_token_abc123def456789012345678";

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<Duration> backoffs = new ArrayList<>();
    private final List<WebClientHubClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() throws Exception {
        for (WebClientHubClient client : clients) {
            client.close();
        }
    }

    WebClientHubClient client() {
        return client(properties(null, HubProperties.DEFAULT_TIME_ZONE, Duration.ofSeconds(5)));
    }

    WebClientHubClient clientWithToken() {
        return client(new HubProperties(hubUrl(), APPLIANCE_TOKEN, null, Duration.ofSeconds(2), Duration.ofSeconds(5),
                null, null, false));
    }

    WebClientHubClient client(HubProperties properties) {
        return client(properties, Clock.systemUTC());
    }

    WebClientHubClient client(HubProperties properties, Clock clock) {
        HubClientConfiguration.HubWebClient web = HubClientConfiguration.hubWebClient(WebClient.builder(), properties);
        WebClientHubClient client = new WebClientHubClient(web.client(), properties, registry, clock,
                new RetryPolicy(List.of(Duration.ofMillis(200), Duration.ofMillis(800)), backoffs::add),
                web.pool()::dispose);
        clients.add(client);
        return client;
    }

    static HubProperties properties(@Nullable String token, ZoneId zone, Duration readTimeout) {
        return new HubProperties(hubUrl(), token, zone, Duration.ofSeconds(2), readTimeout, null, null, false);
    }

    static URI hubUrl() {
        return URI.create(hub.baseUrl());
    }

    /** The fixture's exact bytes. */
    static byte[] fixture(String name) {
        try (InputStream in = HubClientTestSupport.class.getResourceAsStream("/hub/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response as the hub sends it: its status, its content type (none for the empty 405), the fixture's bytes. */
    static ResponseDefinitionBuilder hubResponse(int status, String fixture) {
        byte[] body = fixture(fixture);
        ResponseDefinitionBuilder response = aResponse().withStatus(status).withBody(body);
        if (fixture.endsWith(".json")) {
            response.withHeader("Content-Type", "application/json");
        } else if (body.length > 0) {
            response.withHeader("Content-Type", "text/plain; charset=utf-8");
        }
        return response;
    }

    static void serve(MappingBuilder request, int status, String fixture) {
        hub.stubFor(request.willReturn(hubResponse(status, fixture)));
    }
}
