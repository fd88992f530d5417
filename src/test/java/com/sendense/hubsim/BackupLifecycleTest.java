package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sendense.hubsim.world.WorldFacts;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BackupLifecycleTest {

    private static final Duration TELEMETRY = Duration.ofMillis(50);

    private static HubSimulator hub;
    private static SimHttp http;
    private static WorldFacts world;

    @BeforeAll
    static void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(TELEMETRY, 20L << 30, 0.0, Duration.ofSeconds(1)));
        http = new SimHttp(hub.baseUrl());
        world = hub.control().world();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void a_started_backup_runs_through_telemetry_to_completion_and_its_disks_become_mountable() {
        SimHttp.Response started = http.post("/api/v1/backups", start("mail-relay", "full", world.localRepositoryId()));
        assertThat(started.status()).isEqualTo(200);
        JsonNode body = started.json();
        assertThat(body.get("status").asString()).isEqualTo("started");
        assertThat(body.get("type").asString()).isEmpty();
        assertThat(body.get("disk_results").get(0).get("status").asString()).isEqualTo("prepared");
        assertThat(body.get("nbd_targets_string").asString()).startsWith("2000:nbd://127.0.0.1:101");
        String id = body.get("backup_id").asString();
        assertThat(id).matches("backup-mail-relay-\\d{10}");

        JsonNode first = http.get("/api/v1/backups/" + id).json();
        assertThat(first.get("status").asString()).isEqualTo("running");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(http.get("/api/v1/backups/" + id).json().get("status").asString())
                        .isEqualTo("completed"));
        JsonNode done = http.get("/api/v1/backups/" + id).json();
        assertThat(done.get("current_phase").asString()).isEqualTo("completed");
        assertThat(done.get("progress_percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("bytes_transferred").asLong()).isEqualTo(done.get("total_bytes").asLong()).isPositive();
        assertThat(done.get("transfer_speed_bps").asLong()).isPositive();
        assertThat(done.has("completed_at")).isTrue();
        assertThat(done.get("disks_count").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(http.get("/api/v1/backups/changeid?vm_name=mail-relay&disk_id=0")
                        .json()
                        .get("backup_job_id")
                        .asString()).as("the SBC's /complete arrives about one interval later").isEqualTo(id));
    }

    @Test
    void progress_is_visible_while_transferring() {
        try (HubSimulator slow = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(TELEMETRY, 1L << 30, 0.0, Duration.ofMinutes(5)))) {
            SimHttp h = new SimHttp(slow.baseUrl());
            String id = h.post("/api/v1/backups", start("dc01", "full", slow.control().world().localRepositoryId()))
                    .json()
                    .get("backup_id")
                    .asString();
            JsonNode pending = h.get("/api/v1/backups/" + id).json();
            assertThat(pending.get("total_bytes").asLong()).isZero();
            assertThat(pending.get("current_phase").asString()).isEqualTo("pending");
            assertThat(pending.has("last_telemetry_at")).isFalse();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                JsonNode r = h.get("/api/v1/backups/" + id).json();
                assertThat(r.get("current_phase").asString()).isEqualTo("transferring");
                assertThat(r.get("total_bytes").asLong()).isPositive();
                assertThat(r.get("progress_percent").asDouble()).isBetween(0.01, 99.99);
                assertThat(r.has("last_telemetry_at")).isTrue();
                assertThat(r.has("completed_at")).isFalse();
            });
        }
    }

    @Test
    void backups_bound_to_fail_end_failed_with_an_error() {
        try (HubSimulator failing = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(TELEMETRY, 20L << 30, 1.0, Duration.ofMillis(300)))) {
            SimHttp h = new SimHttp(failing.baseUrl());
            String id = h
                    .post("/api/v1/backups", start("web-01", "full", failing.control().world().localRepositoryId()))
                    .json()
                    .get("backup_id")
                    .asString();

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(h.get("/api/v1/backups/" + id).json().get("status").asString())
                            .isEqualTo("failed"));
            JsonNode failed = h.get("/api/v1/backups/" + id).json();
            assertThat(failed.get("error_message").asString()).isNotBlank();
            assertThat(failed.has("completed_at")).isTrue();
            assertThat(failed.get("progress_percent").asDouble()).isLessThan(100.0);
        }
    }

    @Test
    void an_incremental_without_any_completed_backup_is_refused_and_leaves_nothing() {
        String vm = world.neverBackedUpVms().getFirst();

        SimHttp.Response r = http.post("/api/v1/backups", start(vm, "incremental", world.localRepositoryId()));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).isEqualTo(
                "{\"error\":\"no previous backup found\",\"details\":\"full backup required before incremental\",\"timestamp\":\"\"}\n");
        assertThat(http.get("/api/v1/backups?vm_name=" + vm).json().get("total").asInt()).isZero();
    }

    @Test
    void an_incremental_into_a_repository_without_the_vms_chain_fails_preparation() {
        SimHttp.Response r = http.post("/api/v1/backups", start("dc02", "incremental", world.nfsRepositoryId()));

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("error").asString()).isEqualTo("failed to prepare backup disk");
        assertThat(r.json().get("details").asString()).contains("no parent backup found for incremental");
    }

    @Test
    void a_vm_without_credential_leaves_an_orphan_running_backup_forever() {
        String vm = world.vmWithoutCredential();

        SimHttp.Response r = http.post("/api/v1/backups", start(vm, "full", world.localRepositoryId()));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asString()).isEqualTo("VM context missing credential_id");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            JsonNode orphan = http.get("/api/v1/backups?vm_name=" + vm).json().get("backups").get(0);
            assertThat(orphan.get("status").asString()).isEqualTo("running");
            assertThat(orphan.get("current_phase").asString()).isEqualTo("pending");
            assertThat(orphan.has("last_telemetry_at")).isFalse();
        });
    }

    @Test
    void an_unknown_vm_makes_the_hub_drop_the_connection() {
        assertThatThrownBy(() -> http.sendRaw(http.builder("/api/v1/backups")
                .POST(HttpRequest.BodyPublishers.ofString(start("no-such-vm", "full", world.localRepositoryId())))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.sendRaw(http.builder("/api/v1/backups?vm_name=no-such-vm").GET()))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.sendRaw(http.builder("/api/v1/backups/x/chain?vm_name=no-such-vm").GET()))
                .isInstanceOf(IOException.class);
        assertThat(http.get("/health").status()).as("the hub itself keeps running").isEqualTo(200);
    }

    @Test
    void start_errors_follow_the_hubs_validation_order() {
        String local = world.localRepositoryId();
        assertThat(error(http.post("/api/v1/backups", "{\"vm_name\":5}"))).isEqualTo("invalid request body");
        assertThat(error(http.post("/api/v1/backups", "{\"backup_type\":\"full\"}"))).isEqualTo("vm_name is required");
        assertThat(error(http.post("/api/v1/backups", "{\"vm_name\":\"no-such-vm\"}")))
                .isEqualTo("repository_id is required");
        assertThat(error(http.post("/api/v1/backups", "{\"vm_name\":\"no-such-vm\",\"repository_id\":\"x\"}")))
                .isEqualTo("backup_type must be 'full' or 'incremental'");
        assertThat(error(http.post("/api/v1/backups", start(world.vmWithoutDisks(), "full", "nope"))))
                .isEqualTo("No disks found for VM");
        assertThat(error(http.post("/api/v1/backups", start("dc02", "full", "repo-local-1"))))
                .isEqualTo("failed to create backup context");
        assertThat(error(http.post("/api/v1/backups", start("dc02", "full", world.disabledRepositoryId()))))
                .isEqualTo("failed to prepare backup disk");
        hub.control().setSnaAvailable(false);
        try {
            assertThat(error(http.post("/api/v1/backups", start("iis-intranet", "full", local))))
                    .isEqualTo("failed to call SNA API");
        } finally {
            hub.control().setSnaAvailable(true);
        }
        assertThat(http.get("/api/v1/backups?vm_name=iis-intranet&status=running").json().get("total").asInt())
                .as("the SNA failure deletes the parent row")
                .isZero();
    }

    @Test
    void two_starts_in_the_same_second_collide_on_the_backup_id() {
        Clock frozen = Clock.fixed(Instant.now(), java.time.ZoneOffset.UTC);
        try (HubSimulator same = HubSimulator.start(SimulatorConfig.defaults().withAuth(false).withClock(frozen))) {
            SimHttp h = new SimHttp(same.baseUrl());
            String body = start("web-01", "full", same.control().world().localRepositoryId());
            assertThat(h.post("/api/v1/backups", body).status()).isEqualTo(200);

            SimHttp.Response second = h.post("/api/v1/backups", body);

            assertThat(second.status()).isEqualTo(500);
            assertThat(second.json().get("error").asString()).isEqualTo("failed to create parent backup job");
            assertThat(second.json().get("details").asString()).startsWith("Error 1062 (23000): Duplicate entry");
        }
    }

    @Test
    void delete_removes_the_row_but_not_the_space() {
        String id = SimulatorContractTest.latest(http, "iis-intranet", "completed");
        String storage = "/api/v1/repositories/" + world.localRepositoryId() + "/storage";
        JsonNode before = http.get(storage).json();

        SimHttp.Response deleted = http.delete("/api/v1/backups/" + id);

        assertThat(deleted.body())
                .isEqualTo("{\"backup_id\":\"" + id + "\",\"message\":\"backup deleted successfully\"}\n");
        assertThat(http.get("/api/v1/backups/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/backups/" + id).status()).isEqualTo(404);
        JsonNode after = http.get(storage).json();
        assertThat(after.get("used_bytes").asLong()).as("the QCOW2 files stay")
                .isEqualTo(before.get("used_bytes").asLong());
        assertThat(after.get("backup_count").asInt()).as("only the parent row goes")
                .isEqualTo(before.get("backup_count").asInt() - 1);
    }

    @Test
    void the_control_api_ends_a_running_backup_on_demand() {
        String stuck = world.stuckBackupId();
        SimHttp control = SimHttp.control(hub);

        SimHttp.Response finished = control
                .post("/_sim/backups/" + stuck + "/finish?status=failed&error=operator%20gave%20up", "");

        assertThat(finished.status()).isEqualTo(200);
        JsonNode row = http.get("/api/v1/backups/" + stuck).json();
        assertThat(row.get("status").asString()).isEqualTo("failed");
        assertThat(row.get("error_message").asString()).isEqualTo("operator gave up");
        assertThat(control.post("/_sim/backups/" + stuck + "/finish", "").status()).isEqualTo(409);
        assertThat(control.post("/_sim/backups/backup-nope-1/finish", "").status()).isEqualTo(404);
    }

    @Test
    void the_control_api_makes_the_sbc_report_at_once() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
        try (HubSimulator slow = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withClock(clock)
                .withBackups(Duration.ofHours(1), 1L << 30, 0.0, Duration.ofHours(2)))) {
            SimHttp h = new SimHttp(slow.baseUrl());
            String id = h.post("/api/v1/backups", start("dc01", "full", slow.control().world().localRepositoryId()))
                    .json()
                    .get("backup_id")
                    .asString();
            clock.advance(Duration.ofSeconds(10));
            slow.control().runBackupEngineOnce();
            assertThat(h.get("/api/v1/backups/" + id).json().has("last_telemetry_at")).as("next report due in an hour")
                    .isFalse();

            SimHttp.Response reported = SimHttp.control(slow).post("/_sim/backups/" + id + "/telemetry", "");

            assertThat(reported.status()).isEqualTo(200);
            JsonNode row = h.get("/api/v1/backups/" + id).json();
            assertThat(row.has("last_telemetry_at")).isTrue();
            assertThat(row.get("bytes_transferred").asLong()).isPositive();
            assertThat(row.get("status").asString()).isEqualTo("running");
            clock.advance(Duration.ofSeconds(5));
            SimHttp.control(slow).post("/_sim/backups/" + id + "/telemetry", "");
            assertThat(h.get("/api/v1/backups/" + id).json().get("bytes_transferred").asLong())
                    .as("each report adds what the SBC sent since the last")
                    .isGreaterThan(row.get("bytes_transferred").asLong());
            assertThat(SimHttp.control(slow).post("/_sim/backups/backup-nope-1/telemetry", "").status()).isEqualTo(404);
        }
    }

    private static String error(SimHttp.Response r) {
        return r.json().get("error").asString();
    }

    static String start(String vm, String type, String repository) {
        return SimulatorContractTest.start(vm, type, repository);
    }
}
