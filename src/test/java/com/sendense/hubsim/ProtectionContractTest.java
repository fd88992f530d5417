package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sendense.reliability.HubFault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the request behind each protection fixture ({@code src/test/resources/hub/protection})
 * against the simulator and compares status, content type and body shape, including the
 * precision of every timestamp (seconds, GORM's milliseconds, a handler's nanoseconds).
 */
@HubFault("error shape: protection endpoints")
class ProtectionContractTest {

    private static final Path FIXTURES = Path.of("src/test/resources/hub/protection");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String JSON = "application/json";
    private static final String UNKNOWN_FLOW = "9b1f0c52-a5c1-11f0-8de9-0200000000ff";
    private static final String UNKNOWN_GROUP = "8a5e2f3c-a4b1-11f0-9c2d-0200000000ff";
    /** Fixtures without a simulated request (none left: every protection fixture is replayed). */
    private static final Set<String> PENDING_PREFIXES = Set.of();

    private static HubSimulator hub;
    private static HubSimulator emptyHub;
    private static SimHttp http;
    private static final AtomicInteger names = new AtomicInteger();

    record Case(int status, Optional<String> contentType, Function<SimHttp, SimHttp.Response> request,
            Set<String> optional) {}

    @BeforeAll
    static void start() {
        SimulatorConfig base = SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(Duration.ofSeconds(5), 1L << 20, 0.0, Duration.ofMinutes(5));
        hub = HubSimulator.start(base);
        emptyHub = HubSimulator.start(base.withWorld(SimulatorConfig.World.EMPTY));
        http = new SimHttp(hub.baseUrl());
    }

    @AfterAll
    static void stop() {
        hub.close();
        emptyHub.close();
    }

    @Test
    void every_simulated_protection_fixture_has_a_case() throws IOException {
        Set<String> fixtures = new TreeSet<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .filter(n -> PENDING_PREFIXES.stream().noneMatch(n::startsWith))
                    .forEach(fixtures::add);
        }
        assertThat(cases().keySet()).containsExactlyInAnyOrderElementsOf(fixtures);
    }

    @TestFactory
    Stream<DynamicTest> simulator_answers_like_the_protection_fixture() {
        return cases().entrySet()
                .stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private static void check(String fixture, Case c) throws IOException {
        String expected = Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
        SimHttp.Response actual = c.request().apply(http);
        assertThat(actual.status()).as(fixture + " status; body " + actual.body()).isEqualTo(c.status());
        assertThat(actual.contentType()).as(fixture + " content type").isEqualTo(c.contentType());
        if (fixture.endsWith(".txt")) {
            assertThat(actual.body()).as(fixture + " body").isEqualTo(expected);
            return;
        }
        JsonNode expectedJson = MAPPER.readTree(expected);
        JsonNode actualJson = MAPPER.readTree(actual.body());
        new JsonShape(c.optional(), Set.of("vm_context"), true).difference(expectedJson, actualJson)
                .ifPresent(d -> fail(fixture + ": " + d + "\nactual: " + actual.body()));
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        // P2 flows
        m.put("protection-flows-empty.json",
                json(200, h -> SimulatorContractTest.on(emptyHub).get("/api/v1/protection-flows")));
        m.put("flow-get.json", json(200, h -> h.get("/api/v1/protection-flows/" + runningFlow(h, "dc01"))));
        m.put("flow-status.json",
                json(200, h -> h.get("/api/v1/protection-flows/" + runningFlow(h, "dc02") + "/status")));
        m.put("flow-create.json",
                json(201, h -> h.post("/api/v1/protection-flows", flow("vm", contextId(h, "web-01")))));
        m.put("flow-create-400.json", json(400, h -> h.post("/api/v1/protection-flows", "{")));
        m.put("flow-create-500-validation.json", json(500, h -> h.post("/api/v1/protection-flows", "{\"name\":\"\"}")));
        m.put("flow-create-500-duplicate.json",
                json(500, h -> h.post("/api/v1/protection-flows", flowNamed("Nightly web"))));
        m.put("flow-create-500-replication.json", json(500,
                h -> h.post("/api/v1/protection-flows", flow("vm", "ctx-x").replace("\"backup\"", "\"replication\""))));
        m.put("flow-update.json", json(200,
                h -> h.send("PUT", "/api/v1/protection-flows/" + newFlow(h), "{\"description\":\"changed\"}")));
        m.put("flow-update-500-not-found.json",
                json(500, h -> h.send("PUT", "/api/v1/protection-flows/" + UNKNOWN_FLOW, "{}")));
        m.put("flow-disable.json",
                json(200, h -> h.send("PATCH", "/api/v1/protection-flows/" + newFlow(h) + "/disable", "")));
        m.put("flow-enable-500-not-found.json",
                json(500, h -> h.send("PATCH", "/api/v1/protection-flows/" + UNKNOWN_FLOW + "/enable", "")));
        m.put("flow-delete-204.txt",
                new Case(204, Optional.empty(), h -> h.delete("/api/v1/protection-flows/" + newFlow(h)), Set.of()));
        m.put("flow-delete-500-not-found.json", json(500, h -> h.delete("/api/v1/protection-flows/" + UNKNOWN_FLOW)));
        m.put("flow-bulk-enable.json", json(200, h -> h.post("/api/v1/protection-flows/bulk-enable",
                "{\"flow_ids\":[\"" + newFlow(h) + "\",\"" + newFlow(h) + "\"]}")));
        m.put("flow-bulk-delete-partial.json", json(200, h -> h.post("/api/v1/protection-flows/bulk-delete",
                "{\"flow_ids\":[\"" + newFlow(h) + "\",\"" + UNKNOWN_FLOW + "\"]}")));
        m.put("flow-bulk-400.json", json(400, h -> h.post("/api/v1/protection-flows/bulk-enable", "")));
        m.put("flow-summary.json", json(200, h -> h.get("/api/v1/protection-flows/summary")));
        m.put("flow-test-valid.json", json(200, h -> h.post("/api/v1/protection-flows/" + newFlow(h) + "/test", "")));
        m.put("flow-test-invalid.json", json(200, h -> h.post("/api/v1/protection-flows/"
                + h.post("/api/v1/protection-flows", flow("vm", "web-01")).json().get("id").asString() + "/test", "")));
        m.put("flow-execute.json",
                json(200,
                        h -> h.post("/api/v1/protection-flows/"
                                + h.post("/api/v1/protection-flows", flow("vm", contextId(h, "iis-intranet")))
                                        .json()
                                        .get("id")
                                        .asString()
                                + "/execute", "")));
        m.put("flow-execute-error.json",
                json(200,
                        h -> h.post("/api/v1/protection-flows/"
                                + h.post("/api/v1/protection-flows", flow("vm", contextId(h, "print-srv01")))
                                        .json()
                                        .get("id")
                                        .asString()
                                + "/execute", ""),
                        "execution_time_seconds"));
        m.put("flow-execute-500-not-found.json",
                json(500, h -> h.post("/api/v1/protection-flows/" + UNKNOWN_FLOW + "/execute", "")));
        m.put("flow-executions-history.json", json(200,
                h -> h.get("/api/v1/protection-flows/" + flowId(h, "Nightly databases") + "/executions?limit=100")));
        m.put("flow-executions-empty.json",
                json(200, h -> h.get("/api/v1/protection-flows/" + UNKNOWN_FLOW + "/executions")));
        // P4 groups
        Set<String> groupOptional = Set.of("schedule_id", "schedule_name", "schedule", "description", "memberships");
        m.put("machine-groups.json",
                json(200, h -> h.get("/api/v1/machine-groups"), groupOptional.toArray(String[]::new)));
        m.put("machine-groups-empty.json",
                json(200, h -> SimulatorContractTest.on(emptyHub).get("/api/v1/machine-groups")));
        m.put("machine-group-get.json", json(200, h -> h.get("/api/v1/machine-groups/" + groupId(h, "Databases")),
                "schedule_id", "schedule_name", "schedule"));
        m.put("machine-group-create.json", json(201, h -> h.post("/api/v1/machine-groups", group())));
        m.put("machine-group-update.json",
                json(200, h -> h.send("PUT", "/api/v1/machine-groups/" + groupId(h, "Databases"),
                        "{\"description\":\"Database servers (nightly)\",\"schedule_id\":\"" + scheduleId(h) + "\"}")));
        m.put("machine-group-delete.json", json(200, h -> h.delete("/api/v1/machine-groups/" + newGroup(h))));
        m.put("machine-group-create-500-duplicate.json",
                json(500, h -> h.post("/api/v1/machine-groups", "{\"name\":\"Databases\"}")));
        m.put("machine-group-create-500-schedule.json",
                json(500, h -> h.post("/api/v1/machine-groups", "{\"name\":\"x\",\"schedule_id\":\"nope\"}")));
        m.put("machine-group-get-500-not-found.json", json(500, h -> h.get("/api/v1/machine-groups/" + UNKNOWN_GROUP)));
        m.put("machine-group-update-500-clear-schedule.json",
                json(500, h -> h.send("PUT", "/api/v1/machine-groups/" + groupId(h, "Web"), "{\"schedule_id\":\"\"}")));
        m.put("machine-group-delete-500-not-found.json",
                json(500, h -> h.delete("/api/v1/machine-groups/" + UNKNOWN_GROUP)));
        m.put("machine-group-delete-400-has-vms.json",
                json(400, h -> h.delete("/api/v1/machine-groups/" + groupId(h, "Web"))));
        m.put("machine-group-vms.json", json(200, h -> h.get("/api/v1/machine-groups/" + groupId(h, "Web") + "/vms")));
        m.put("machine-group-vms-500.json", json(500, h -> h.get("/api/v1/machine-groups/" + UNKNOWN_GROUP + "/vms")));
        m.put("vm-group-members.json", json(200, h -> h.get("/api/v1/vm-groups/" + groupId(h, "Web") + "/members")));
        m.put("machine-group-assign-vm.json", json(201,
                h -> h.post("/api/v1/machine-groups/" + newGroup(h) + "/vms", assign(contextId(h, "web-01")))));
        m.put("machine-group-assign-vm-409.json", json(409, h -> {
            String full = h.post("/api/v1/machine-groups", group().replace("}", ",\"max_concurrent_vms\":1}"))
                    .json()
                    .get("id")
                    .asString();
            h.post("/api/v1/machine-groups/" + full + "/vms", assign(contextId(h, "web-01")));
            return h.post("/api/v1/machine-groups/" + full + "/vms", assign(contextId(h, "web-02")));
        }));
        m.put("machine-group-assign-vm-404-group.json", json(404,
                h -> h.post("/api/v1/machine-groups/" + UNKNOWN_GROUP + "/vms", assign(contextId(h, "web-01")))));
        m.put("machine-group-assign-vm-404-vm.json",
                json(404, h -> h.post("/api/v1/machine-groups/" + groupId(h, "Web") + "/vms", assign("ctx-nope"))));
        m.put("machine-group-assign-vm-500-duplicate.json", json(500,
                h -> h.post("/api/v1/machine-groups/" + groupId(h, "Web") + "/vms", assign(contextId(h, "web-01")))));
        m.put("machine-group-remove-vm.json",
                json(200, h -> h.delete("/api/v1/machine-groups/" + UNKNOWN_GROUP + "/vms/ctx-nope")));
        ProtectionWriteCases.repositories(m, hub.control().world().localRepositoryId());
        ProtectionWriteCases.discovery(m, hub.control());
        ProtectionWriteCases.schedules(m, emptyHub);
        ProtectionWriteCases.policies(m, emptyHub, hub.control().world().localRepositoryId(), nfsRepositoryId());
        return m;
    }

    static Case json(int status, Function<SimHttp, SimHttp.Response> request, String... optional) {
        return new Case(status, Optional.of(JSON), request, Set.of(optional));
    }

    private static String flow(String targetType, String targetId) {
        return "{\"name\":\"Flow " + names.incrementAndGet()
                + "\",\"description\":\"contract\",\"flow_type\":\"backup\",\"target_type\":\"" + targetType
                + "\",\"target_id\":\"" + targetId + "\",\"repository_id\":\""
                + hub.control().world().localRepositoryId() + "\",\"schedule_id\":\"" + scheduleId(http)
                + "\",\"enabled\":false}";
    }

    private static String flowNamed(String name) {
        return "{\"name\":\"" + name
                + "\",\"flow_type\":\"backup\",\"target_type\":\"vm\",\"target_id\":\"x\",\"repository_id\":\"r\"}";
    }

    private static String newFlow(SimHttp h) {
        return h.post("/api/v1/protection-flows", flow("vm", contextId(h, "web-01"))).json().get("id").asString();
    }

    /** A flow whose run is still going: backups here take minutes. */
    private static String runningFlow(SimHttp h, String vm) {
        String id = h.post("/api/v1/protection-flows", flow("vm", contextId(h, vm))).json().get("id").asString();
        h.post("/api/v1/protection-flows/" + id + "/execute", "");
        return id;
    }

    private static String flowId(SimHttp h, String name) {
        for (JsonNode f : h.get("/api/v1/protection-flows").json().get("flows")) {
            if (f.get("name").asString().equals(name)) {
                return f.get("id").asString();
            }
        }
        throw new IllegalStateException("no flow " + name);
    }

    private static String group() {
        return "{\"name\":\"Group " + names.incrementAndGet() + "\",\"description\":\"contract\"}";
    }

    private static String newGroup(SimHttp h) {
        return h.post("/api/v1/machine-groups", group()).json().get("id").asString();
    }

    private static String groupId(SimHttp h, String name) {
        for (JsonNode g : h.get("/api/v1/machine-groups").json().get("groups")) {
            if (g.get("name").asString().equals(name)) {
                return g.get("id").asString();
            }
        }
        throw new IllegalStateException("no group " + name);
    }

    private static String assign(String contextId) {
        return "{\"vm_context_id\":\"" + contextId + "\",\"priority\":0,\"enabled\":true}";
    }

    private static String scheduleId(SimHttp h) {
        return h.get("/api/v1/schedules").json().get("schedules").get(0).get("id").asString();
    }

    private static String nfsRepositoryId() {
        for (JsonNode r : http.get("/api/v1/repositories").json().get("repositories")) {
            if (r.get("type").asString().equals("nfs")) {
                return r.get("id").asString();
            }
        }
        throw new IllegalStateException("no NFS repository in the demo world");
    }

    static String contextId(SimHttp h, String vm) {
        return h.get("/api/v1/vm-contexts/" + vm).json().get("context").get("context_id").asString();
    }
}
