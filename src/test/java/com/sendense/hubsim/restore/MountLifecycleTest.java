package com.sendense.hubsim.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.TestDisks;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MountLifecycleTest {

    private final RestoreServer hub = new RestoreServer();

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void a_fresh_mount_has_nanosecond_times_an_hour_apart_and_the_first_partitions_file_system() {
        hub.catalog.add(TestDisks.windowsSystem());

        HttpResponse<String> r = hub.post("/api/v1/restore/mount",
                "{\"backup_id\":\"backup-pgtest1-1759947871\",\"disk_index\":0}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode m = RestoreServer.json(r);
        String id = m.get("mount_id").asString();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(r.body()).isEqualTo("{\"mount_id\":\"" + id
                + "\",\"backup_id\":\"backup-pgtest1-1759947871\",\"backup_disk_id\":44,"
                + "\"disk_index\":0,\"mount_path\":\"/mnt/sendense/restore/" + id + "\",\"nbd_device\":\"/dev/nbd0\","
                + "\"filesystem_type\":\"ntfs\",\"status\":\"mounted\",\"created_at\":\"2025-10-09T09:12:44.917340571+01:00\","
                + "\"expires_at\":\"2025-10-09T10:12:44.917340571+01:00\"}\n");
    }

    @Test
    void posting_the_same_disk_again_returns_the_same_mount_with_whole_seconds_and_the_same_expiry() {
        String id = hub.mount(TestDisks.windowsSystem());
        hub.clock.advance(Duration.ofMinutes(20));

        JsonNode again = RestoreServer
                .json(hub.post("/api/v1/restore/mount", "{\"backup_id\":\"backup-pgtest1-1759947871\"}"));

        assertThat(again.get("mount_id").asString()).isEqualTo(id);
        assertThat(again.get("created_at").asString()).isEqualTo("2025-10-09T09:12:44+01:00");
        assertThat(again.get("expires_at").asString()).isEqualTo("2025-10-09T10:12:44+01:00");
        assertThat(again.get("nbd_device").asString()).isEqualTo("/dev/nbd0");
    }

    @Test
    void each_new_mount_takes_the_lowest_free_device_until_the_pool_is_full() {
        RestoreServer small = new RestoreServer(c -> RestoreServer.maxMounts(c, 2));
        try {
            assertThat(mountDevice(small, TestDisks.windowsSystem())).isEqualTo("/dev/nbd0");
            assertThat(mountDevice(small, TestDisks.windowsData())).isEqualTo("/dev/nbd1");
            small.catalog.add(TestDisks.linuxSystem());

            HttpResponse<String> full = small.post("/api/v1/restore/mount",
                    "{\"backup_id\":\"backup-web01-1759947900\",\"disk_index\":0}");

            assertThat(full.statusCode()).isEqualTo(500);
            assertThat(full.body())
                    .isEqualTo("{\"error\":\"failed to mount backup: maximum concurrent mounts reached (2/2)"
                            + " - please wait for cleanup or unmount unused backups\"}\n");
        } finally {
            small.close();
        }
    }

    @Test
    void an_lvm_only_disk_leaves_a_failed_row_that_blocks_its_device_and_itself_until_an_administrator_clears_it() {
        hub.catalog.add(TestDisks.lvmOnly()).add(TestDisks.linuxSystem());
        String lvm = "{\"backup_id\":\"backup-db02-1759948000\",\"disk_index\":0}";
        String web = "{\"backup_id\":\"backup-web01-1759947900\",\"disk_index\":0}";

        HttpResponse<String> failed = hub.post("/api/v1/restore/mount", lvm);
        HttpResponse<String> blocked = hub.post("/api/v1/restore/mount", web);
        HttpResponse<String> again = hub.post("/api/v1/restore/mount", lvm);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(error(failed)).startsWith("failed to mount backup: ").endsWith("no mountable partitions found");
        assertThat(error(blocked))
                .isEqualTo("failed to mount backup: failed to create mount record: Error 1062 (23000): "
                        + "Duplicate entry '/dev/nbd0' for key 'uk_nbd_device'");
        assertThat(error(again)).isEqualTo("failed to mount backup: failed to create mount record: Error 1062 (23000): "
                + "Duplicate entry '48' for key 'uk_backup_disk'");
        assertThat(RestoreServer.json(hub.get("/api/v1/restore/mounts")).get("count").asInt()).isZero();

        assertThat(hub.handler.clearFailedMounts()).isEqualTo(1);
        assertThat(hub.post("/api/v1/restore/mount", web).statusCode()).isEqualTo(200);
    }

    @Test
    void request_validation_errors_are_400_and_everything_else_500() {
        assertThat(hub.post("/api/v1/restore/mount", "").body()).isEqualTo("{\"error\":\"invalid request: EOF\"}\n");
        assertThat(hub.post("/api/v1/restore/mount", "nope").body())
                .isEqualTo("{\"error\":\"invalid request: invalid character 'o' in literal null (expecting 'u')\"}\n");
        assertThat(hub.post("/api/v1/restore/mount", "{\"backup_id\":5}").body())
                .isEqualTo("{\"error\":\"invalid request: json: "
                        + "cannot unmarshal number into Go struct field MountRequest.backup_id of type string\"}\n");
        assertThat(hub.post("/api/v1/restore/mount", "{\"disk_index\":0}").body())
                .isEqualTo("{\"error\":\"backup_id is required\"}\n");
        HttpResponse<String> negative = hub.post("/api/v1/restore/mount", "{\"backup_id\":\"b\",\"disk_index\":-1}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).as("Go escapes >").isEqualTo("{\"error\":\"disk_index must be \\u003e= 0\"}\n");

        HttpResponse<String> unknown = hub.post("/api/v1/restore/mount",
                "{\"backup_id\":\"backup-pgtest1-1759947871\",\"disk_index\":5}");
        assertThat(unknown.statusCode()).isEqualTo(500);
        assertThat(unknown.body())
                .isEqualTo("{\"error\":\"failed to mount backup: failed to find backup disk file: disk not found: "
                        + "backup_id=backup-pgtest1-1759947871, disk_index=5: record not found\"}\n");
    }

    @Test
    void the_mount_list_has_the_hubs_placeholders_and_the_newest_mount_first() {
        assertThat(hub.get("/api/v1/restore/mounts").body()).isEqualTo("{\"count\":0,\"mounts\":[]}\n");
        String first = hub.mount(TestDisks.windowsSystem());
        hub.clock.advance(Duration.ofSeconds(30));
        String second = hub.mount(TestDisks.linuxData());

        JsonNode list = RestoreServer.json(hub.get("/api/v1/restore/mounts"));

        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.get("mounts").get(0).get("mount_id").asString()).isEqualTo(second);
        assertThat(list.get("mounts").get(1).get("mount_id").asString()).isEqualTo(first);
        assertThat(list.get("mounts").get(0).get("backup_id").asString()).isEmpty();
        assertThat(list.get("mounts").get(0).get("disk_index").asInt()).isZero();
        assertThat(list.get("mounts").get(0).get("backup_disk_id").asLong()).isEqualTo(47);
        assertThat(list.get("mounts").get(0).get("filesystem_type").asString()).isEqualTo("xfs");
        assertThat(list.get("mounts").get(1).get("created_at").asString()).isEqualTo("2025-10-09T09:12:44+01:00");
    }

    @Test
    void unmount_answers_with_a_sorted_map_and_an_unknown_id_is_500() {
        String id = hub.mount(TestDisks.windowsSystem());

        HttpResponse<String> ok = hub.delete("/api/v1/restore/" + id);
        HttpResponse<String> again = hub.delete("/api/v1/restore/" + id);

        assertThat(ok.body())
                .isEqualTo("{\"message\":\"backup unmounted successfully\",\"mount_id\":\"" + id + "\"}\n");
        assertThat(again.statusCode()).isEqualTo(500);
        assertThat(again.body()).isEqualTo(
                "{\"error\":\"failed to unmount backup: mount not found: failed to get restore mount: record not found\"}\n");
        assertThat(hub.files(id, "/", false).body()).isEqualTo(
                "{\"error\":\"failed to list files: mount not found: failed to get restore mount: record not found\"}\n");
    }

    @Test
    void a_mount_survives_its_ttl_until_the_cleanup_worker_runs() {
        String id = hub.mount(TestDisks.windowsSystem());
        hub.clock.advance(Duration.ofMinutes(59));
        hub.handler.runCleanup();
        assertThat(hub.files(id, "/", false).statusCode()).isEqualTo(200);

        hub.clock.advance(Duration.ofMinutes(2));
        assertThat(RestoreServer.json(hub.get("/api/v1/restore/cleanup-status")).get("expired_mount_count").asInt())
                .isEqualTo(1);
        assertThat(hub.files(id, "/", false).statusCode()).isEqualTo(200);
        assertThat(hub.handler.runCleanup()).isEqualTo(1);

        assertThat(hub.get("/api/v1/restore/mounts").body()).isEqualTo("{\"count\":0,\"mounts\":[]}\n");
        assertThat(hub.files(id, "/", false).statusCode()).isEqualTo(500);
    }

    @Test
    void resources_and_cleanup_status_report_the_pool_and_the_configured_durations() {
        assertThat(hub.get("/api/v1/restore/resources").body())
                .isEqualTo("{\"active_mounts\":0,\"max_mounts\":8,\"available_slots\":8,"
                        + "\"allocated_devices\":[],\"available_devices\":8,\"device_utilization_percent\":0}\n");
        hub.mount(TestDisks.windowsSystem());

        assertThat(hub.get("/api/v1/restore/resources").body())
                .isEqualTo("{\"active_mounts\":1,\"max_mounts\":8,\"available_slots\":7,"
                        + "\"allocated_devices\":[\"/dev/nbd0\"],\"available_devices\":7,\"device_utilization_percent\":12.5}\n");
        assertThat(hub.get("/api/v1/restore/cleanup-status").body())
                .isEqualTo("{\"running\":true,\"cleanup_interval\":900000000000,"
                        + "\"idle_timeout\":3600000000000,\"active_mount_count\":1,\"expired_mount_count\":0}\n");
    }

    @Test
    void deleting_a_backup_drops_its_rows_but_leaks_the_mount_and_keeps_its_device_busy() {
        String leaked = hub.mount(TestDisks.windowsSystem());
        String survivor = hub.mount(TestDisks.linuxSystem());
        hub.handler.backupDeleted("backup-pgtest1-1759947871");
        hub.catalog.removeBackup("backup-pgtest1-1759947871");
        hub.catalog.add(TestDisks.linuxData());
        String body = "{\"backup_id\":\"backup-web01-1759947900\",\"disk_index\":1}";

        HttpResponse<String> next = hub.post("/api/v1/restore/mount", body);

        assertThat(hub.files(leaked, "/", false).statusCode()).isEqualTo(500);
        assertThat(error(next)).isEqualTo("failed to mount backup: mount operation failed: failed to export QCOW2: "
                + "qemu-nbd failed: exit status 1, output: qemu-nbd: Failed to set NBD socket\n");
        assertThat(hub.handler.clearFailedMounts()).isEqualTo(1);
        assertThat(error(hub.post("/api/v1/restore/mount", body))).as("/dev/nbd0 is still busy")
                .contains("qemu-nbd failed");
        JsonNode mounts = RestoreServer.json(hub.files(survivor, "/partition-1/../..", false));
        assertThat(mounts.get("files").valueStream().map(f -> f.get("name").asString()))
                .as("the leaked mount is still mounted on the host")
                .containsExactlyInAnyOrder(leaked, survivor);
    }

    @Test
    void routing_matches_gorilla_mux() {
        String id = hub.mount(TestDisks.windowsSystem());

        HttpResponse<String> notFound = hub.get("/api/v1/restore/" + id + "/nope");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("404 page not found\n");
        assertThat(notFound.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(notFound.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> wrongMethod = hub.get("/api/v1/restore/" + id);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).isEmpty();
        assertThat(hub.method("HEAD", "/api/v1/restore/" + id + "/download?path=/partition-1/bootmgr").statusCode())
                .isEqualTo(405);
        assertThat(hub.get("/api/v1/restore/mount").statusCode()).isEqualTo(405);
        assertThat(error(hub.delete("/api/v1/restore/resources"))).as("DELETE /resources matches /{mount_id} first")
                .startsWith("failed to unmount backup: mount not found");
    }

    private static String mountDevice(RestoreServer server, MountableDisk disk) {
        server.catalog.add(disk);
        return RestoreServer
                .json(server.post("/api/v1/restore/mount",
                        "{\"backup_id\":\"" + disk.backupId() + "\",\"disk_index\":" + disk.diskIndex() + "}"))
                .get("nbd_device")
                .asString();
    }

    private static String error(HttpResponse<String> response) {
        return RestoreServer.json(response).get("error").asString();
    }
}
