package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sendense.hubsim.world.WorldFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * Replays the request behind every real hub fixture in {@code src/test/resources/hub/} against the
 * simulator and compares status, content type and body shape (or text). A fixture without a case
 * fails the build, so new fixtures cannot be forgotten.
 */
class SimulatorContractTest {

    private static final Path FIXTURES = Path.of("src/test/resources/hub");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=utf-8";

    /** Auth off, the demo world, backups slow enough to stay in progress during the test. */
    private static HubSimulator hub;
    private static HubSimulator authHub;
    private static HubSimulator emptyHub;
    private static HubSimulator outageHub;
    private static SimHttp http;
    private static WorldFacts world;
    private static Map<String, Case> cases;

    /** How to produce one fixture and what to compare. */
    record Case(int status, Optional<String> contentType, Function<SimHttp, SimHttp.Response> request,
            Set<String> optional, Set<String> nullable) {}

    @BeforeAll
    static void start_simulators() {
        SimulatorConfig base = SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(Duration.ofSeconds(5), 1L << 20, 0.0, Duration.ofMinutes(5));
        hub = HubSimulator.start(base);
        authHub = HubSimulator.start(base.withAuth(true));
        emptyHub = HubSimulator.start(base.withWorld(SimulatorConfig.World.EMPTY));
        outageHub = HubSimulator.start(base);
        outageHub.control().setDatabaseAvailable(false);
        http = new SimHttp(hub.baseUrl());
        world = hub.control().world();
        cases = cases();
    }

    @AfterAll
    static void stop_simulators() {
        for (HubSimulator h : List.of(hub, authHub, emptyHub, outageHub)) {
            h.close();
        }
        RestoreCases.close();
    }

    @Test
    void every_fixture_has_a_case_and_every_case_a_fixture() throws IOException {
        Set<String> fixtures = new TreeSet<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(fixtures::add);
        }
        assertThat(fixtures).hasSize(69);
        assertThat(cases.keySet()).as("fixtures without a contract case / cases without a fixture")
                .containsExactlyInAnyOrderElementsOf(fixtures);
    }

    @TestFactory
    Stream<DynamicTest> simulator_answers_like_the_fixture() {
        return cases.entrySet()
                .stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    private static void check(String fixture, Case c) throws IOException {
        String expected = Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
        SimHttp.Response actual = c.request().apply(http);
        assertThat(actual.status()).as(fixture + " status; body " + actual.body()).isEqualTo(c.status());
        assertThat(actual.contentType()).as(fixture + " content type").isEqualTo(c.contentType());
        if (fixture.endsWith(".txt")) {
            int placeholder = expected.indexOf('<');
            if (placeholder < 0) {
                assertThat(actual.body()).as(fixture + " body").isEqualTo(expected);
            } else {
                assertThat(actual.body()).as(fixture + " body")
                        .startsWith(expected.substring(0, placeholder))
                        .endsWith("\n");
            }
            return;
        }
        assertThat(actual.body()).as(fixture + ": Go's encoder writes one compact line")
                .endsWith("\n")
                .satisfies(b -> assertThat(b.indexOf('\n')).isEqualTo(b.length() - 1));
        JsonNode expectedJson = MAPPER.readTree(expected);
        JsonNode actualJson = MAPPER.readTree(actual.body());
        new JsonShape(c.optional(), c.nullable()).difference(expectedJson, actualJson)
                .ifPresent(d -> fail(fixture + ": " + d + "\nactual: " + actual.body()));
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        String local = world.localRepositoryId();
        // Health and routing
        m.put("health.json", json(200, h -> h.get("/health")));
        m.put("error-404-route.txt", text(404, h -> h.get("/api/v1/health")));
        m.put("error-405-method.txt",
                new Case(405, Optional.empty(), h -> h.method("PUT", "/api/v1/backups/anything"), Set.of(), Set.of()));
        // Auth
        m.put("login.json", json(200, h -> h.post("/api/v1/auth/login", "{\"appliance_id\":\"console\",\"token\":\""
                + SimulatorConfig.APPLIANCE_TOKEN + "\",\"version\":\"1.0\"}")));
        m.put("login-401.json",
                json(401, h -> h.post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"secret\"}")));
        m.put("login-400.json", json(400, h -> h.post("/api/v1/auth/login", "{\"token\":\"x\",}")));
        m.put("error-401-missing-header.json", json(401, h -> on(authHub).get("/api/v1/vm-contexts")));
        m.put("error-401-invalid-format.json",
                json(401, h -> on(authHub).getWithAuthorization("/api/v1/vm-contexts", "Basic YWRtaW46YWRtaW4=")));
        m.put("error-401-invalid-token.json",
                json(401, h -> on(authHub).withToken("not-a-session").get("/api/v1/vm-contexts")));
        // Inventory
        m.put("vm-contexts.json",
                new Case(200, Optional.of(JSON), h -> h.get("/api/v1/vm-contexts"), Set.of(), Set.of("credential_id")));
        m.put("vm-contexts-empty.json", json(200, h -> on(emptyHub).get("/api/v1/vm-contexts")));
        m.put("vm-contexts-500.json", json(500, h -> on(outageHub).get("/api/v1/vm-contexts")));
        m.put("vm-context-detail.json", json(200, h -> h.get("/api/v1/vm-contexts/" + world.protectedVm())));
        m.put("vm-context-404.json", json(404, h -> h.get("/api/v1/vm-contexts/pgtest9")));
        m.put("vm-disks.json",
                json(200, h -> h.get("/api/v1/vm-contexts/" + contextId(h, world.protectedVm()) + "/disks")));
        m.put("vm-disks-unknown-context.json",
                json(200, h -> h.get("/api/v1/vm-contexts/" + world.protectedVm() + "/disks")));
        // The fixture's NFS entry has no storage_info because statfs failed on it; reproduce that.
        m.put("repositories.json", json(200, h -> withNfsUnreadable(() -> h.get("/api/v1/repositories"))));
        m.put("repositories-500.txt", text(500, h -> on(outageHub).get("/api/v1/repositories")));
        m.put("repository-storage.json", json(200, h -> h.get("/api/v1/repositories/" + local + "/storage")));
        m.put("repository-storage-404.txt", text(404, h -> h.get("/api/v1/repositories/repo-local-1/storage")));
        // Starting backups
        m.put("start-backup.json", json(200, h -> h.post("/api/v1/backups", start("web-01", "full", local))));
        m.put("start-backup-400-vm-name.json", json(400, h -> h.post("/api/v1/backups", "{}")));
        m.put("start-backup-400-backup-type.json",
                json(400, h -> h.post("/api/v1/backups", start("web-01", "weekly", local))));
        m.put("start-backup-400-no-previous.json", json(400,
                h -> h.post("/api/v1/backups", start(world.neverBackedUpVms().getFirst(), "incremental", local))));
        m.put("start-backup-404-no-disks.json",
                json(404, h -> h.post("/api/v1/backups", start(world.vmWithoutDisks(), "full", local))));
        m.put("start-backup-500-context.json", json(500, h -> h.post("/api/v1/backups", start("dc01", "full", "1"))));
        m.put("start-backup-500-prepare.json",
                json(500, h -> h.post("/api/v1/backups", start("dc01", "full", world.disabledRepositoryId()))));
        m.put("start-backup-500-sna.json",
                json(500, h -> withSnaDown(() -> h.post("/api/v1/backups", start("dc01", "full", local)))));
        // Reading backups
        m.put("get-backup-just-started.json", json(200, h -> h.get("/api/v1/backups/"
                + h.post("/api/v1/backups", start("mail-relay", "full", local)).json().get("backup_id").asString())));
        m.put("get-backup-in-progress.json", json(200, h -> h.get("/api/v1/backups/" + world.runningBackupId())));
        m.put("get-backup-completed.json",
                json(200, h -> h.get("/api/v1/backups/" + latest(h, world.linuxVm(), "completed"))));
        m.put("get-backup-failed.json",
                json(200, h -> h.get("/api/v1/backups/" + latest(h, world.staleVm(), "failed"))));
        m.put("get-backup-404.json", json(404, h -> h.get("/api/v1/backups/backup-nope-1")));
        m.put("list-backups.json",
                json(200, h -> h.get("/api/v1/backups?vm_name=" + world.protectedVm() + "&status=completed")));
        m.put("list-backups-empty.json", json(200, h -> h.get("/api/v1/backups")));
        m.put("list-backups-500.json", json(500, h -> on(outageHub).get("/api/v1/backups?status=completed")));
        m.put("backup-stats.json", json(200,
                h -> h.get("/api/v1/backups/stats?vm_name=" + world.protectedVm() + "&repository_id=" + local)));
        m.put("backup-stats-none.json", json(200, h -> h.get(
                "/api/v1/backups/stats?vm_name=" + world.neverBackedUpVms().getFirst() + "&repository_id=" + local)));
        m.put("backup-stats-400.json", json(400, h -> h.get("/api/v1/backups/stats?vm_name=" + world.protectedVm())));
        m.put("backup-chain.json",
                json(200, h -> h.get("/api/v1/backups/" + world.linuxVm() + "/chain?vm_name=" + world.linuxVm())));
        m.put("backup-chain-empty.json",
                json(200, h -> h.get("/api/v1/backups/x/chain?vm_name=" + world.neverBackedUpVms().getFirst())));
        m.put("backup-chain-400.json", json(400, h -> h.get("/api/v1/backups/x/chain")));
        m.put("delete-backup.json",
                json(200, h -> h.delete("/api/v1/backups/" + latest(h, "jenkins-agent-02", "completed"))));
        // Protection flows
        m.put("protection-flows.json", new Case(200, Optional.of(JSON), h -> h.get("/api/v1/protection-flows"),
                Set.of("next_execution_time"), Set.of()));
        m.put("flow-executions.json", new Case(200, Optional.of(JSON),
                h -> h.get("/api/v1/protection-flows/"
                        + h.get("/api/v1/protection-flows").json().get("flows").get(0).get("id").asString()
                        + "/executions"),
                Set.of("error_message", "completed_at", "execution_time_seconds"), Set.of()));
        m.put("flow-404.json", json(404, h -> h.get("/api/v1/protection-flows/9b1f0c52-a5c1-11f0-8de9-0200000000ff")));
        RestoreCases.add(m, world);
        return m;
    }

    static Case json(int status, Function<SimHttp, SimHttp.Response> request) {
        return new Case(status, Optional.of(JSON), request, Set.of(), Set.of());
    }

    static Case text(int status, Function<SimHttp, SimHttp.Response> request) {
        return new Case(status, Optional.of(TEXT), request, Set.of(), Set.of());
    }

    static Case restore(int status, Function<SimHttp, SimHttp.Response> request, Set<String> optional) {
        return new Case(status, Optional.of(JSON), request, optional, Set.of());
    }

    private static SimHttp.Response withNfsUnreadable(java.util.function.Supplier<SimHttp.Response> request) {
        hub.control().setRepositoryReadable(world.nfsRepositoryId(), false);
        try {
            return request.get();
        } finally {
            hub.control().setRepositoryReadable(world.nfsRepositoryId(), true);
        }
    }

    private static SimHttp.Response withSnaDown(java.util.function.Supplier<SimHttp.Response> request) {
        hub.control().setSnaAvailable(false);
        try {
            return request.get();
        } finally {
            hub.control().setSnaAvailable(true);
        }
    }

    static SimHttp on(HubSimulator simulator) {
        return new SimHttp(simulator.baseUrl());
    }

    static String start(String vm, String type, String repository) {
        return "{\"vm_name\":\"" + vm + "\",\"backup_type\":\"" + type + "\",\"repository_id\":\"" + repository + "\"}";
    }

    private static String contextId(SimHttp h, String vm) {
        return h.get("/api/v1/vm-contexts/" + vm).json().get("context").get("context_id").asString();
    }

    /** The newest backup of {@code vm} with {@code status}. */
    static String latest(SimHttp h, String vm, String status) {
        return h.get("/api/v1/backups?vm_name=" + vm + "&status=" + status)
                .json()
                .get("backups")
                .get(0)
                .get("backup_id")
                .asString();
    }

}
