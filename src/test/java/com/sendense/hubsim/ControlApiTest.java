package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.reliability.BadInput;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code /_sim/} control API can fail the hub's backups, read its request log and restart it, so
 * it has its own loopback listener, needs a bearer token and sends no CORS headers.
 */
class ControlApiTest {

    private static HubSimulator hub;
    private static HubSimulator other;

    @BeforeAll
    static void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false).withBindAddress("0.0.0.0"));
        other = HubSimulator.start(SimulatorConfig.defaults().withAuth(false));
    }

    @AfterAll
    static void stop() {
        hub.close();
        other.close();
    }

    record Forged(String name, String authorization) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Forged> forged() {
        return Stream.of(new Forged("no Authorization header", ""),
                new Forged("a wrong token", "Bearer 0123456789abcdef"),
                new Forged("another simulator's token", "Bearer " + other.controlToken()),
                new Forged("an empty bearer", "Bearer "), new Forged("the token without Bearer", hub.controlToken()),
                new Forged("the token as Basic credentials", "Basic " + hub.controlToken()),
                new Forged("the hub's own session token", "Bearer " + SimulatorConfig.SESSION_TOKEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forged")
    @BadInput("forged request across roles")
    void a_control_request_without_the_right_token_is_refused_and_changes_nothing(Forged forged) throws Exception {
        HttpRequest.Builder request = new SimHttp(hub.controlUrl()).builder("/_sim/restart")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (!forged.authorization().isEmpty()) {
            request.header("Authorization", forged.authorization());
        }

        SimHttp.Response refused = new SimHttp(hub.controlUrl()).sendRaw(request);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refused.json().get("error").asString()).contains("Authorization: Bearer");
        assertThat(hub.control().faults()).isEmpty();
    }

    @Test
    @BadInput("forged request across roles")
    void a_fault_cannot_be_added_without_the_token() {
        SimHttp.Response refused = new SimHttp(hub.controlUrl()).post("/_sim/faults",
                "{\"path\":\"/api/v1/backups\",\"action\":\"drop\"}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(hub.control().faults()).isEmpty();
    }

    @Test
    void the_right_token_drives_the_simulator() {
        SimHttp control = SimHttp.control(hub);

        assertThat(control.get("/_sim/world").status()).isEqualTo(200);
        assertThat(control.get("/_sim/faults").json().size()).isZero();
        assertThat(control.get("/_sim/nope").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_sim/world", "/_sim/faults", "/_sim/requests", "/_sim/restart"})
    @BadInput("forged request across roles")
    void the_hub_port_knows_nothing_of_the_control_api(String path) {
        SimHttp onHubPort = new SimHttp(hub.baseUrl()).withToken(hub.controlToken());

        assertThat(onHubPort.get(path).status()).isEqualTo(404);
        assertThat(onHubPort.post(path, "").status()).isEqualTo(404);
    }

    @Test
    void control_answers_carry_no_cors_headers_even_to_a_preflight() {
        SimHttp control = SimHttp.control(hub);

        for (SimHttp.Response r : new SimHttp.Response[]{control.get("/_sim/world"),
                control.method("OPTIONS", "/_sim/faults"), new SimHttp(hub.controlUrl()).get("/_sim/world")}) {
            assertThat(r.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        }
    }

    @Test
    void the_control_listener_is_on_loopback_even_when_the_hub_listens_everywhere() {
        assertThat(hub.controlUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(hub.controlUrl().getPort()).isNotEqualTo(hub.port());
        assertThat(hub.controlToken()).hasSize(64).isNotEqualTo(other.controlToken());
    }

    @Test
    void a_simulator_started_without_a_control_api_has_no_control_listener() {
        try (HubSimulator quiet = HubSimulator.start(SimulatorConfig.defaults().withAuth(false), ControlApi.off())) {
            assertThatThrownBy(quiet::controlUrl).isInstanceOf(IllegalStateException.class);
            assertThat(new SimHttp(quiet.baseUrl()).get("/_sim/world").status()).isEqualTo(404);
            assertThat(quiet.control().world()).isNotNull();
        }
    }

    @Test
    void the_standalone_options_choose_port_and_token_or_switch_the_control_api_off() {
        assertThat(SimulatorArgs.control(new String[0], Map.of())).isEqualTo(new ControlApi(true, 0, ""));
        assertThat(SimulatorArgs.control(new String[]{"--control-port=9099", "--control-token=secret"}, Map.of()))
                .isEqualTo(new ControlApi(true, 9099, "secret"));
        assertThat(SimulatorArgs.control(new String[0], Map.of("SIM_CONTROL_PORT", "off"))).isEqualTo(ControlApi.off());
        assertThat(SimulatorArgs.parse(new String[]{"--control-port=off"}, Map.of()).port()).isEqualTo(8082);
        assertThat(new ControlApi(true, 0, "secret").toString()).doesNotContain("secret");
    }
}
