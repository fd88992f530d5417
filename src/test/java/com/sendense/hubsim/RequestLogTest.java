package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.hubsim.control.FaultSpec;
import com.sendense.hubsim.control.LoggedRequest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RequestLogTest {

    @Test
    void hub_requests_are_logged_in_order_and_control_calls_are_not() {
        try (HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false))) {
            SimHttp http = new SimHttp(hub.baseUrl());
            http.get("/health");
            SimHttp.control(hub).get("/_sim/faults");
            http.get("/api/v1/backups?vm_name=dc01&status=completed");

            List<LoggedRequest> log = hub.control().requests();

            assertThat(log)
                    .extracting(LoggedRequest::method, LoggedRequest::path, LoggedRequest::query, LoggedRequest::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/health", "", 200),
                            org.assertj.core.groups.Tuple.tuple("GET", "/api/v1/backups",
                                    "vm_name=dc01&status=completed", 200));
            assertThat(log.get(1).seq()).isGreaterThan(log.get(0).seq());
        }
    }

    @Test
    void since_returns_only_newer_entries_over_http_and_dropped_requests_have_no_status() {
        try (HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false))) {
            SimHttp http = new SimHttp(hub.baseUrl());
            http.get("/health");
            long mark = hub.control().requests().getLast().seq();
            // Two drops: java.net.http retries a GET once when the connection closes without a response.
            hub.control().addFault(FaultSpec.drop("GET", "/api/v1/vm-contexts").times(2));
            assertThatThrownBy(() -> http.sendRaw(http.builder("/api/v1/vm-contexts").GET()))
                    .isInstanceOf(IOException.class);
            http.get("/api/v1/nope");

            JsonNode newer = SimHttp.control(hub).get("/_sim/requests?since=" + mark).json();

            assertThat(newer.size()).isEqualTo(3);
            assertThat(newer.get(0).get("path").asString()).isEqualTo("/api/v1/vm-contexts");
            assertThat(newer.get(0).get("status").isNull()).isTrue();
            assertThat(newer.get(2).get("status").asInt()).isEqualTo(404);
            assertThat(newer.get(2).get("at").asString()).endsWith("Z");
            assertThat(SimHttp.control(hub).delete("/_sim/requests").json().get("cleared").asInt()).isEqualTo(4);
            assertThat(hub.control().requests()).isEmpty();
        }
    }
}
