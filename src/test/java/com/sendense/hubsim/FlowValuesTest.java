package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.reliability.HubFault;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The flow behaviours the console must not take at face value (contract P1.6, P1.7, P2.13–P2.15),
 * checked by value: defaults on create, the same-second "not found", an execute answered 200 while
 * every start failed, a run that stays running for ever, and an execute cut off by the write timeout.
 */
class FlowValuesTest {

    private static final String FLOWS = "/api/v1/protection-flows";
    private static final Duration WRITE_TIMEOUT = Duration.ofMillis(400);

    private static HubSimulator hub;
    private static SimHttp http;
    private static int names;

    @BeforeAll
    static void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(Duration.ofSeconds(5), 1L << 20, 0.0, Duration.ofMinutes(5))
                .withDownloads(WRITE_TIMEOUT, 1L << 30));
        http = new SimHttp(hub.baseUrl());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void false_and_zero_are_replaced_by_the_defaults_on_create() {
        JsonNode flow = http.post(FLOWS, flow("vm", contextId("web-01"))).json();
        JsonNode group = http.post("/api/v1/machine-groups", "{\"name\":\"Defaults\",\"max_concurrent_vms\":0}").json();
        JsonNode schedule = http
                .post("/api/v1/schedules",
                        "{\"name\":\"Defaults\",\"cron_expression\":\"0 0 1 * * *\",\"enabled\":false,"
                                + "\"skip_if_running\":false,\"max_concurrent_jobs\":0}")
                .json();

        assertThat(flow.get("enabled").asBoolean()).isTrue();
        assertThat(group.get("max_concurrent_vms").asInt()).isEqualTo(5);
        assertThat(schedule.get("enabled").asBoolean()).isTrue();
        assertThat(schedule.get("skip_if_running").asBoolean()).isTrue();
        assertThat(schedule.get("max_concurrent_jobs").asInt()).isEqualTo(1);
        assertThat(schedule.get("timezone").asString()).isEqualTo("UTC");
        assertThat(http.send("PATCH", FLOWS + "/" + flow.get("id").asString() + "/disable", "")
                .json()
                .get("enabled")
                .asBoolean()).isFalse();
    }

    @Test
    @HubFault("same-second update reported not found")
    void a_repeated_update_within_the_same_second_reports_the_flow_not_found_and_a_second_later_succeeds() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2025-10-10T08:40:27.318Z"));
        try (HubSimulator frozen = HubSimulator.start(SimulatorConfig.defaults().withAuth(false).withClock(clock))) {
            SimHttp h = new SimHttp(frozen.baseUrl());
            String id = h
                    .post(FLOWS,
                            "{\"name\":\"Frozen\",\"flow_type\":\"backup\",\"target_type\":\"vm\",\"target_id\":\"x\","
                                    + "\"repository_id\":\"r\"}")
                    .json()
                    .get("id")
                    .asString();
            clock.advance(Duration.ofSeconds(1));
            assertThat(h.send("PATCH", FLOWS + "/" + id + "/disable", "").status()).isEqualTo(200);

            SimHttp.Response again = h.send("PATCH", FLOWS + "/" + id + "/disable", "");

            assertThat(again.status()).isEqualTo(500);
            assertThat(again.json().get("details").asString()).isEqualTo("flow not found: " + id);
            assertThat(h.get(FLOWS + "/" + id).json().get("enabled").asBoolean()).isFalse();
            clock.advance(Duration.ofSeconds(1));
            assertThat(h.send("PATCH", FLOWS + "/" + id + "/disable", "").status()).isEqualTo(200);
        }
    }

    @Test
    @HubFault("success reported when every start failed")
    void an_execute_whose_every_start_failed_is_still_a_200_with_status_error_and_no_backup_ids() {
        String id = http.post(FLOWS, flow("vm", contextId("print-srv01"))).json().get("id").asString();

        SimHttp.Response run = http.post(FLOWS + "/" + id + "/execute", "");

        assertThat(run.status()).isEqualTo(200);
        JsonNode execution = run.json();
        assertThat(execution.get("status").asString()).isEqualTo("error");
        assertThat(execution.get("jobs_failed").asInt()).isEqualTo(1);
        assertThat(execution.get("error_message").asString()).isEqualTo("1 of 1 backups failed to start");
        assertThat(execution.has("created_job_ids")).isFalse();
        assertThat(http.get(FLOWS + "/" + id).json().get("status").get("failed_executions").asInt()).isEqualTo(1);
    }

    @Test
    @HubFault("execution running for ever")
    void a_run_of_an_empty_group_or_a_vm_name_as_target_stays_running_for_ever() {
        String group = http.post("/api/v1/machine-groups", "{\"name\":\"Empty " + (++names) + "\"}")
                .json()
                .get("id")
                .asString();
        String emptyGroup = http.post(FLOWS, flow("group", group)).json().get("id").asString();
        String byName = http.post(FLOWS, flow("vm", "web-01")).json().get("id").asString();

        JsonNode first = http.post(FLOWS + "/" + emptyGroup + "/execute", "").json();
        JsonNode second = http.post(FLOWS + "/" + byName + "/execute", "").json();

        assertThat(first.get("status").asString()).isEqualTo("running");
        assertThat(first.get("jobs_created").asInt()).isZero();
        assertThat(second.get("status").asString()).isEqualTo("running");
        assertThat(second.get("jobs_skipped").asInt()).isEqualTo(1);
        for (String flow : new String[]{emptyGroup, byName}) {
            JsonNode latest = http.get(FLOWS + "/" + flow + "/executions?limit=1").json().get("executions").get(0);
            assertThat(latest.get("status").asString()).isEqualTo("running");
            assertThat(latest.has("completed_at")).isFalse();
            assertThat(http.get(FLOWS + "/" + flow).json().get("status").has("last_execution_time")).isFalse();
        }
    }

    @Test
    @HubFault("hub write timeout")
    void an_execute_slower_than_the_write_timeout_gets_no_answer_while_its_backups_start() {
        String group = http.post("/api/v1/machine-groups", "{\"name\":\"Slow " + (++names) + "\"}")
                .json()
                .get("id")
                .asString();
        http.post("/api/v1/machine-groups/" + group + "/vms", "{\"vm_context_id\":\"" + contextId("web-02") + "\"}");
        http.post("/api/v1/machine-groups/" + group + "/vms",
                "{\"vm_context_id\":\"" + contextId("mail-relay") + "\"}");
        String flow = http.post(FLOWS, flow("group", group)).json().get("id").asString();
        hub.control().setFlowStartDelay(WRITE_TIMEOUT.dividedBy(2).plusMillis(100));
        try {
            assertThatThrownBy(() -> http
                    .sendRaw(http.builder(FLOWS + "/" + flow + "/execute").POST(HttpRequest.BodyPublishers.noBody())))
                    .isInstanceOf(IOException.class);
        } finally {
            hub.control().setFlowStartDelay(Duration.ZERO);
        }

        JsonNode latest = http.get(FLOWS + "/" + flow + "/executions?limit=1").json().get("executions").get(0);
        assertThat(latest.get("status").asString()).isEqualTo("running");
        assertThat(latest.get("created_job_ids")).hasSize(2);
    }

    private static String flow(String targetType, String targetId) {
        return "{\"name\":\"Values " + (++names) + "\",\"flow_type\":\"backup\",\"target_type\":\"" + targetType
                + "\",\"target_id\":\"" + targetId + "\",\"repository_id\":\""
                + hub.control().world().localRepositoryId() + "\",\"enabled\":false}";
    }

    private static String contextId(String vm) {
        return http.get("/api/v1/vm-contexts/" + vm).json().get("context").get("context_id").asString();
    }
}
