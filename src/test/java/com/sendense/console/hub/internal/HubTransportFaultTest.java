package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.internal.HubEndpoints.Endpoint;
import com.sendense.reliability.HubFault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hub away, slow, cut off or restarted, on every kind of call. Reads end as "unavailable"
 * after their bounded retries; writes are sent exactly once and, when their outcome is unknown,
 * say so, so nobody starts a second backup. The same client works again once the hub is back.
 */
class HubTransportFaultTest extends HubClientTestSupport {

    private static final Duration SHORT_READ = Duration.ofMillis(300);

    static Stream<Endpoint> writes() {
        return HubEndpoints.writes();
    }

    static Stream<Endpoint> someReadsAndAllWrites() {
        return Stream.concat(Stream.of("vms", "backups", "mounts", "files").map(Endpoint::named),
                HubEndpoints.writes());
    }

    static Stream<Endpoint> someReads() {
        return Stream.of("vms", "backup", "backups", "mounts", "files", "repositories").map(Endpoint::named);
    }

    private WebClientHubClient clientWithReadTimeout() {
        return client(properties(null, HubProperties.DEFAULT_TIME_ZONE, SHORT_READ));
    }

    private static long writesSent() {
        return hub.getAllServeEvents()
                .stream()
                .filter(e -> !e.getRequest().getMethod().getName().equals("GET"))
                .filter(e -> !e.getRequest().getUrl().equals("/api/v1/auth/login"))
                .count();
    }

    @HubFault("hub down")
    @ParameterizedTest(name = "{0}")
    @MethodSource("someReadsAndAllWrites")
    void a_hub_that_is_down_is_unreachable_certainly_not_acted_on_and_used_again_once_it_is_up(Endpoint endpoint)
            throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        WireMockServer later = new WireMockServer(wireMockConfig().port(port));
        WebClientHubClient client = client(HubProperties.forUrl(URI.create("http://127.0.0.1:" + port)));
        try {
            HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

            assertThat(error.code()).isEqualTo(HubErrorCode.UNREACHABLE);
            assertThat(((HubUnavailableException) error).outcomeUnknown()).isFalse();
            later.start();
            endpoint.serveHappy(later);
            assertThat(endpoint.call().apply(client)).isNotNull();
            assertThat(later.getAllServeEvents()).filteredOn(e -> !e.getRequest().getMethod().getName().equals("GET"))
                    .hasSize(endpoint.write() ? 1 : 0);
        } finally {
            later.stop();
        }
    }

    @HubFault("slow past the read timeout")
    @ParameterizedTest(name = "{0}")
    @MethodSource("someReads")
    void a_read_answered_after_the_read_timeout_is_unavailable_after_its_retries_and_read_again_later(
            Endpoint endpoint) {
        endpoint.serveOthers();
        hub.stubFor(endpoint.route().get().willReturn(hubResponse(200, endpoint.fixture()).withFixedDelay(1_500)));
        WebClientHubClient client = clientWithReadTimeout();

        HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

        assertThat(error.code()).isEqualTo(HubErrorCode.TIMEOUT);
        assertThat(((HubUnavailableException) error).outcomeUnknown()).isFalse();
        assertThat(backoffs).hasSize(2);
        FaultChecks.recovers(client, endpoint);
    }

    @HubFault("timeout on post")
    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void a_write_answered_after_the_read_timeout_is_sent_once_and_says_to_check_before_trying_again(Endpoint endpoint) {
        endpoint.serveOthers();
        hub.stubFor(endpoint.route().get().willReturn(hubResponse(200, endpoint.fixture()).withFixedDelay(1_500)));
        WebClientHubClient client = clientWithReadTimeout();

        HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

        assertThat(error.code()).isEqualTo(HubErrorCode.TIMEOUT);
        assertThat(((HubUnavailableException) error).outcomeUnknown()).isTrue();
        assertThat(HubErrorMessages.explain(error)).contains("check before trying again");
        assertThat(writesSent()).isEqualTo(1);
        assertThat(backoffs).isEmpty();
        FaultChecks.recovers(client, endpoint);
    }

    @HubFault("connection dropped after a post")
    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void a_write_whose_connection_drops_before_the_answer_is_sent_once_and_outcome_unknown(Endpoint endpoint) {
        endpoint.serveOthers();
        hub.stubFor(endpoint.route().get().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        WebClientHubClient client = client();

        HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

        assertThat(((HubUnavailableException) error).outcomeUnknown()).isTrue();
        assertThat(writesSent()).isEqualTo(1);
        FaultChecks.recovers(client, endpoint);
    }

    @HubFault("token lost by a hub restart")
    @ParameterizedTest(name = "{0}")
    @MethodSource("someReadsAndAllWrites")
    void a_session_the_restarted_hub_forgot_is_renewed_and_the_call_done_once(Endpoint endpoint) {
        serve(post("/api/v1/auth/login"), 200, "login.json");
        endpoint.serveOthers();
        hub.stubFor(endpoint.route()
                .get()
                .inScenario("restart")
                .whenScenarioStateIs(STARTED)
                .willReturn(hubResponse(200, endpoint.fixture()))
                .willSetStateTo("restarted"));
        hub.stubFor(endpoint.route()
                .get()
                .inScenario("restart")
                .whenScenarioStateIs("restarted")
                .willReturn(hubResponse(401, "error-401-invalid-token.json"))
                .willSetStateTo("relogged"));
        hub.stubFor(endpoint.route()
                .get()
                .inScenario("restart")
                .whenScenarioStateIs("relogged")
                .willReturn(hubResponse(200, endpoint.fixture())));
        WebClientHubClient client = clientWithToken();
        endpoint.call().apply(client);

        assertThat(endpoint.call().apply(client)).isNotNull();

        hub.verify(2, postRequestedFor(urlEqualTo("/api/v1/auth/login")));
        // The refused write was not acted on (the hub checks the token first); the repeat is the only one done.
        assertThat(writesSent()).isEqualTo(endpoint.write() ? 3 : 0);
    }
}
