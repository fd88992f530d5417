package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sendense.hubsim.control.FaultSpec;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FaultInjectionTest {

    private HubSimulator hub;
    private SimHttp http;

    @BeforeEach
    void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false).withDownloads(Duration.ofMillis(400), 0));
        http = new SimHttp(hub.baseUrl());
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void a_slow_post_still_starts_the_backup_after_the_client_gave_up() {
        hub.control().addFault(FaultSpec.slow("POST", "/api/v1/backups", Duration.ofMillis(300)).times(1));

        assertThatThrownBy(() -> http.sendRaw(http.builder("/api/v1/backups")
                .timeout(Duration.ofMillis(100))
                .POST(HttpRequest.BodyPublishers.ofString(startBody("web-02")))))
                .isInstanceOf(HttpTimeoutException.class);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(
                        http.get("/api/v1/backups?vm_name=web-02&status=running").json().get("total").asInt())
                        .isEqualTo(1));
    }

    @Test
    void past_the_write_timeout_the_answer_is_lost_but_the_backup_runs() {
        hub.control().addFault(FaultSpec.slow("POST", "/api/v1/backups", Duration.ofMillis(600)));

        assertThatThrownBy(() -> http.sendRaw(
                http.builder("/api/v1/backups").POST(HttpRequest.BodyPublishers.ofString(startBody("web-02")))))
                .isInstanceOf(IOException.class);

        assertThat(http.get("/api/v1/backups?vm_name=web-02&status=running").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void within_the_write_timeout_a_slow_request_answers_normally() {
        hub.control().addFault(FaultSpec.slow("GET", "/health", Duration.ofMillis(150)));
        long start = System.nanoTime();

        SimHttp.Response r = http.get("/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void a_status_fault_answers_for_the_hub_without_running_its_handler() {
        hub.control()
                .addFault(FaultSpec.status("POST", "/api/v1/backups", 503, "{\"error\":\"maintenance\"}").times(1));

        SimHttp.Response r = http.post("/api/v1/backups", startBody("web-02"));

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.contentType()).hasValue("application/json");
        assertThat(r.body()).isEqualTo("{\"error\":\"maintenance\"}");
        assertThat(http.get("/api/v1/backups?vm_name=web-02&status=running").json().get("total").asInt()).isZero();
        assertThat(http.post("/api/v1/backups", startBody("web-02")).status()).as("times=1 is used up").isEqualTo(200);
    }

    @Test
    void a_drop_fault_closes_the_connection_for_as_many_times_as_asked() throws IOException {
        hub.control().addFault(FaultSpec.drop(null, "/api/v1/repositories").times(2));

        // Raw sockets: java.net.http may or may not retry an idempotent request on its own.
        assertThat(rawGet("/api/v1/repositories")).as("first drop: closed without a byte").isEmpty();
        assertThat(rawGet("/api/v1/repositories")).as("second drop").isEmpty();

        // The log entry is written once the exchange ends on the server, which may trail the close.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(hub.control().requests()).extracting(r -> r.status())
                        .containsExactly(null, null));
        assertThat(hub.control().faults()).isEmpty();
        assertThat(http.get("/api/v1/repositories").status()).isEqualTo(200);
    }

    private String rawGet(String path) throws IOException {
        URI base = hub.baseUrl();
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            try {
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (SocketException reset) {
                return "";
            }
        }
    }

    @Test
    void a_truncate_fault_cuts_chunked_and_sized_bodies() {
        hub.control().addFault(FaultSpec.truncate("GET", "/api/v1/vm-contexts", 1000));
        hub.control().addFault(FaultSpec.truncate("GET", "/health", 10));

        assertThatThrownBy(() -> http.sendRaw(http.builder("/api/v1/vm-contexts").GET()))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.sendRaw(http.builder("/health").GET())).isInstanceOf(IOException.class);
    }

    @Test
    void prefix_faults_cover_a_subtree_and_spare_the_rest() {
        hub.control().addFault(FaultSpec.status(null, "/api/v1/backups", 500, "").prefix());

        assertThat(http.get("/api/v1/backups/stats?vm_name=a&repository_id=b").status()).isEqualTo(500);
        assertThat(http.get("/api/v1/backups/x/chain?vm_name=a").status()).isEqualTo(500);
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    @Test
    void faults_are_managed_over_http_and_never_hit_the_control_api() {
        SimHttp control = SimHttp.control(hub);
        SimHttp.Response added = control.post("/_sim/faults",
                "{\"path\":\"/_sim\",\"match\":\"prefix\",\"action\":\"drop\"}");
        assertThat(added.status()).isEqualTo(200);
        control.post("/_sim/faults",
                "{\"method\":\"GET\",\"path\":\"/api/v1/vm-contexts\",\"action\":\"status\",\"status\":502,"
                        + "\"body\":\"Bad Gateway\",\"contentType\":\"text/plain\",\"times\":1}");

        JsonNode faults = control.get("/_sim/faults").json();
        assertThat(faults.size()).isEqualTo(2);
        assertThat(faults.get(1).get("remaining").asInt()).isEqualTo(1);
        SimHttp.Response faulted = http.get("/api/v1/vm-contexts");
        assertThat(faulted.status()).isEqualTo(502);
        assertThat(faulted.contentType()).hasValue("text/plain");
        assertThat(control.delete("/_sim/faults").json().get("cleared").asInt()).isEqualTo(1);
        assertThat(control.post("/_sim/faults", "{\"path\":\"/x\",\"action\":\"explode\"}").status()).isEqualTo(400);
    }

    private String startBody(String vm) {
        return SimulatorContractTest.start(vm, "full", hub.control().world().localRepositoryId());
    }
}
