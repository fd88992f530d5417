package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.internal.HubEndpoints.Endpoint;
import com.sendense.reliability.HubFault;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers that arrive but cannot be trusted, on every call the client decodes: garbage, a body cut
 * short, a stream dropped mid-JSON, fields the hub may add one day and nulls where values belong.
 * Each must end as a {@link HubException} with an actionable message (or, for extra fields, as
 * the normal result), never as a crash or a model value with a {@code null} it promises not to have.
 */
class HubDecodingFaultTest extends HubClientTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Endpoint> reads() {
        return HubEndpoints.reads();
    }

    static Stream<Endpoint> decoded() {
        return Stream.concat(HubEndpoints.reads(),
                HubEndpoints.writes().filter(e -> e.name().equals("start backup") || e.name().equals("mount")));
    }

    private void answer(Endpoint endpoint, String body) {
        endpoint.serveOthers();
        hub.stubFor(endpoint.route()
                .get()
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @HubFault("malformed json")
    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void garbage_instead_of_json_is_an_undecodable_answer_and_the_next_good_one_is_read(Endpoint endpoint) {
        answer(endpoint, "<html><body>502 Bad Gateway</body></html>\n{\"oops\":");
        WebClientHubClient client = client();

        HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

        assertThat(error.code()).isEqualTo(HubErrorCode.UNDECODABLE_RESPONSE);
        FaultChecks.recovers(client, endpoint);
    }

    @HubFault("truncated json")
    @ParameterizedTest(name = "{0}")
    @MethodSource("decoded")
    void a_body_cut_in_half_is_an_undecodable_answer_and_the_next_good_one_is_read(Endpoint endpoint) {
        String full = new String(fixture(endpoint.fixture()), StandardCharsets.UTF_8);
        answer(endpoint, full.substring(0, full.length() / 2));
        WebClientHubClient client = client();

        HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

        assertThat(error.code()).isEqualTo(HubErrorCode.UNDECODABLE_RESPONSE);
        FaultChecks.recovers(client, endpoint);
    }

    @HubFault("connection dropped mid-json")
    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void a_connection_dropped_in_the_middle_of_the_json_is_a_hub_error_and_the_next_good_answer_is_read(
            Endpoint endpoint) {
        endpoint.serveOthers();
        hub.stubFor(endpoint.route().get().willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        WebClientHubClient client = client();

        FaultChecks.failsAsHubError(client, endpoint.call());

        FaultChecks.recovers(client, endpoint);
    }

    @HubFault("unknown fields")
    @ParameterizedTest(name = "{0}")
    @MethodSource("decoded")
    void fields_a_newer_hub_adds_to_every_object_change_nothing(Endpoint endpoint) {
        endpoint.serveHappy();
        Object expected = endpoint.call().apply(client());
        hub.resetAll();
        JsonNode body = JSON.readTree(fixture(endpoint.fixture()));
        answer(endpoint, JSON.writeValueAsString(withUnknownFields(body)));

        assertThat(endpoint.call().apply(client())).isEqualTo(expected);
    }

    @HubFault("nulls everywhere")
    @ParameterizedTest(name = "{0}")
    @MethodSource("decoded")
    void null_in_every_field_is_either_read_within_the_model_contract_or_an_undecodable_answer(Endpoint endpoint) {
        JsonNode body = JSON.readTree(fixture(endpoint.fixture()));
        answer(endpoint, JSON.writeValueAsString(withNulls(body)));
        WebClientHubClient client = client();

        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = endpoint.call().apply(client));

        if (thrown == null) {
            assertThat(NullContract.violations(result[0])).as("nulls the model does not allow").isEmpty();
        } else {
            assertThat(FaultChecks.failsAsHubError(client, endpoint.call()).code())
                    .isEqualTo(HubErrorCode.UNDECODABLE_RESPONSE);
        }
        FaultChecks.recovers(client, endpoint);
    }

    private static JsonNode withUnknownFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // A repository's "config" is an open map by design: whatever it holds is shown as is.
            object.propertyNames()
                    .stream()
                    .filter(name -> !name.equals("config"))
                    .forEach(name -> withUnknownFields(object.get(name)));
            object.put("x_added_in_hub_v2", "surprise");
            object.putObject("x_nested_future").put("n", 1).putArray("list").add("a").addNull();
        } else if (node instanceof ArrayNode array) {
            array.forEach(HubDecodingFaultTest::withUnknownFields);
        }
        return node;
    }

    /** Every scalar field becomes {@code null}; arrays and objects keep their shape so the nulls reach the mappers. */
    private static JsonNode withNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames().stream().toList()) {
                JsonNode child = object.get(name);
                if (child.isContainer()) {
                    withNulls(child);
                } else {
                    object.putNull(name);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(HubDecodingFaultTest::withNulls);
        }
        return node;
    }

}
