package com.sendense.hubsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sendense.hubsim.world.WorldFacts;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where the backup half and the restore half meet: mountability, the delete cascade, failed mounts. */
class RestoreIntegrationTest {

    private static final Duration TELEMETRY = Duration.ofMillis(200);

    private HubSimulator hub;
    private SimHttp http;
    private WorldFacts world;

    @BeforeEach
    void start() {
        hub = HubSimulator.start(SimulatorConfig.defaults()
                .withAuth(false)
                .withBackups(TELEMETRY, 100L << 30, 0.0, Duration.ofMinutes(5)));
        http = new SimHttp(hub.baseUrl());
        world = hub.control().world();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void a_just_completed_backup_can_be_mounted_only_after_the_sbc_has_reported_its_disks() {
        String id = http
                .post("/api/v1/backups", SimulatorContractTest.start("web-01", "full", world.localRepositoryId()))
                .json()
                .get("backup_id")
                .asString();
        assertThat(SimHttp.control(hub).post("/_sim/backups/" + id + "/finish?status=completed", "").status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/backups/" + id).json().get("status").asString()).isEqualTo("completed");

        SimHttp.Response early = http.post("/api/v1/restore/mount", mount(id, 0));
        assertThat(early.status()).isEqualTo(500);
        assertThat(early.json().get("error").asString()).contains("disk not found");

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(http.post("/api/v1/restore/mount", mount(id, 0)).status()).isEqualTo(200));
    }

    @Test
    void deleting_a_backup_drops_its_mount_rows() {
        String id = SimulatorContractTest.latest(http, world.protectedVm(), "completed");
        assertThat(http.post("/api/v1/restore/mount", mount(id, 0)).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/restore/mounts").json().get("count").asInt()).isEqualTo(1);

        http.delete("/api/v1/backups/" + id);

        assertThat(http.get("/api/v1/restore/mounts").json().get("count").asInt()).isZero();
    }

    @Test
    void a_failed_mount_blocks_the_pool_until_the_failed_rows_are_cleared() {
        String lvm = SimulatorContractTest.latest(http, world.lvmOnlyVm(), "completed");
        String windows = SimulatorContractTest.latest(http, world.protectedVm(), "completed");

        assertThat(http.post("/api/v1/restore/mount", mount(lvm, 1)).json().get("error").asString())
                .contains("no mountable partitions found");
        assertThat(http.post("/api/v1/restore/mount", mount(windows, 0)).json().get("error").asString())
                .contains("Duplicate entry");

        assertThat(SimHttp.control(hub).post("/_sim/restore/clear-failed", "").json().get("cleared").asInt())
                .isEqualTo(1);

        assertThat(http.post("/api/v1/restore/mount", mount(windows, 0)).status()).isEqualTo(200);
    }

    private static String mount(String backupId, int disk) {
        return "{\"backup_id\":\"" + backupId + "\",\"disk_index\":" + disk + "}";
    }
}
