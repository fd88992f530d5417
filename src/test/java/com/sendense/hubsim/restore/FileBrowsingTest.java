package com.sendense.hubsim.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.DiskImage;
import com.sendense.hubsim.files.TestDisks;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FileBrowsingTest {

    private final RestoreServer hub = new RestoreServer();

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void the_root_lists_the_mounted_partitions_as_the_hub_names_them() {
        String id = hub.mount(TestDisks.windowsSystem());

        HttpResponse<String> r = hub.files(id, "/", false);

        String when = "\"mode\":\"0755\",\"modified_time\":\"2025-10-09T09:12:44+01:00\",\"is_symlink\":false}";
        assertThat(r.body()).isEqualTo("{\"mount_id\":\"" + id + "\",\"path\":\"/\",\"files\":["
                + "{\"name\":\"Partition 1 - System\\\\x20Reserved (500.0 MB)\",\"path\":\"/partition-1\",\"type\":\"directory\",\"size\":524288000,"
                + when + ","
                + "{\"name\":\"Partition 2 (101.4 GB)\",\"path\":\"/partition-2\",\"type\":\"directory\",\"size\":108877420953,"
                + when + ","
                + "{\"name\":\"Partition 3 (529.0 MB)\",\"path\":\"/partition-3\",\"type\":\"directory\",\"size\":554696704,"
                + when + "],\"total_count\":3}\n");
    }

    @Test
    void a_linux_disk_skips_the_bios_boot_partition_so_k_is_not_the_partition_number() {
        String id = hub.mount(TestDisks.linuxSystem());

        JsonNode root = RestoreServer.json(hub.files(id, "", false));

        assertThat(root.get("path").asString()).isEqualTo("/");
        assertThat(names(root)).containsExactly("Partition 1 - cloudimg-rootfs (39.0 GB)",
                "Partition 2 - UEFI (106.0 MB)", "Partition 3 - BOOT (913.0 MB)");
    }

    @Test
    void entries_come_in_byte_order_not_directories_first_and_junctions_are_files() {
        String id = hub.mount(TestDisks.windowsSystem());

        JsonNode c = RestoreServer.json(hub.files(id, "/partition-2", false));

        assertThat(names(c)).containsExactly("$Recycle.Bin", "Documents and Settings", "DumpStack.log.tmp", "PerfLogs",
                "Program Files", "Program Files (x86)", "ProgramData", "Recovery", "System Volume Information", "Users",
                "Windows", "hiberfil.sys", "pagefile.sys", "swapfile.sys");
        JsonNode junction = c.get("files").get(1);
        assertThat(junction.get("type").asString()).isEqualTo("file");
        assertThat(junction.get("is_symlink").asBoolean()).isTrue();
        assertThat(junction.get("size").asLong()).as("length of the host path it points to").isEqualTo(76);
        assertThat(junction.get("path").asString()).isEqualTo("/partition-2/Documents and Settings");
        assertThat(c.get("files").get(12).get("size").asLong()).isGreaterThan(2L << 30);
        assertThat(c.get("total_count").asInt()).isEqualTo(14);
    }

    @Test
    void ntfs_times_have_100_ns_precision_and_the_london_offset_of_their_date() {
        String id = hub.mount(TestDisks.windowsSystem());

        JsonNode windows = RestoreServer.json(hub.files(id, "/partition-2/Windows", true));

        assertThat(windows.get("files").valueStream().map(f -> f.get("modified_time").asString())).allSatisfy(t -> {
            assertThat(t).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?(Z|\\+01:00)");
            OffsetDateTime parsed = OffsetDateTime.parse(t);
            assertThat(parsed.getOffset())
                    .isEqualTo(ZoneId.of("Europe/London").getRules().getOffset(parsed.toInstant()));
        });
        assertThat(windows.get("files").valueStream().map(f -> f.get("mode").asString())).containsOnly("0777");
    }

    @Test
    void an_empty_folder_lists_an_empty_array_but_null_when_recursive() {
        String id = hub.mount(TestDisks.windowsSystem());

        assertThat(hub.files(id, "/partition-2/PerfLogs", false).body()).isEqualTo(
                "{\"mount_id\":\"" + id + "\",\"path\":\"/partition-2/PerfLogs\",\"files\":[],\"total_count\":0}\n");
        assertThat(hub.files(id, "/partition-2/PerfLogs", true).body()).isEqualTo(
                "{\"mount_id\":\"" + id + "\",\"path\":\"/partition-2/PerfLogs\",\"files\":null,\"total_count\":0}\n");
    }

    @Test
    void a_recursive_listing_walks_depth_first_with_clean_paths() {
        String id = hub.mount(TestDisks.windowsSystem());

        JsonNode r = RestoreServer.json(hub.files(id, "/partition-2/Recovery/", true));

        assertThat(r.get("path").asString()).isEqualTo("/partition-2/Recovery/");
        assertThat(r.get("files").valueStream().map(f -> f.get("path").asString())).containsExactly(
                "/partition-2/Recovery/WindowsRE", "/partition-2/Recovery/WindowsRE/ReAgent.xml",
                "/partition-2/Recovery/WindowsRE/boot.sdi", "/partition-2/Recovery/WindowsRE/winre.wim");
        assertThat(r.get("files").get(3).get("size").asLong()).isEqualTo(505_453_500L);
        assertThat(r.get("files").get(2).get("size").asLong()).isEqualTo(3_170_304L);
    }

    @Test
    void a_display_name_path_is_converted_and_echoed_as_sent() {
        String id = hub.mount(TestDisks.windowsSystem());

        JsonNode r = RestoreServer.json(hub.files(id, "/Partition 2 (101.4 GB)/Recovery", false));

        assertThat(r.get("path").asString()).isEqualTo("/Partition 2 (101.4 GB)/Recovery");
        assertThat(r.get("files").get(0).get("path").asString()).isEqualTo("/partition-2/Recovery/WindowsRE");
    }

    @Test
    void other_paths_take_the_legacy_branch_and_do_not_exist() {
        String id = hub.mount(TestDisks.windowsSystem());

        HttpResponse<String> legacy = hub.files(id, "/Windows", false);
        HttpResponse<String> missing = hub.files(id, "/partition-2/Nope", false);
        HttpResponse<String> noPartition = hub.files(id, "/partition-9", false);

        assertThat(legacy.statusCode()).isEqualTo(500);
        assertThat(legacy.body()).isEqualTo(
                "{\"error\":\"failed to list files: path validation failed: path does not exist: /Windows\"}\n");
        assertThat(RestoreServer.json(missing).get("error").asString())
                .isEqualTo("failed to list files: failed to list files in partition: "
                        + "failed to read directory: open /mnt/sendense/restore/" + id
                        + "/partition-2/Nope: no such file or directory");
        assertThat(RestoreServer.json(noPartition).get("error").asString())
                .isEqualTo("failed to list files: failed to list files in partition: "
                        + "partition path validation failed: path does not exist: /partition-9");
    }

    @Test
    void dot_dot_escapes_to_a_fake_hub_host_never_the_real_file_system() {
        String id = hub.mount(TestDisks.windowsSystem());

        JsonNode etc = RestoreServer.json(hub.files(id, "/partition-1/../../../../../etc", false));
        HttpResponse<String> download = hub.get("/api/v1/restore/" + id + "/download?path="
                + RestoreServer.q("/partition-1/../../../../../etc/passwd"));

        assertThat(names(etc)).containsExactly("fstab", "group", "hostname", "hosts", "localtime", "mysql",
                "os-release", "passwd", "systemd", "timezone");
        assertThat(etc.get("files").get(2).get("path").asString()).isEqualTo("/etc/hostname");
        assertThat(etc.get("path").asString()).isEqualTo("/partition-1/../../../../../etc");
        assertThat(RestoreServer.json(download).get("error").asString()).as("downloads validate the path")
                .isEqualTo("failed to prepare file download: file access validation failed: path validation failed: "
                        + "path does not exist: /partition-1/../../../../../etc/passwd");
    }

    @Test
    void file_info_shows_a_junction_target_as_a_host_path() {
        String id = hub.mount(TestDisks.windowsSystem());

        HttpResponse<String> r = hub.get(
                "/api/v1/restore/" + id + "/file-info?path=" + RestoreServer.q("/partition-2/Documents and Settings"));

        JsonNode info = RestoreServer.json(r);
        assertThat(r.body())
                .startsWith("{\"name\":\"Documents and Settings\",\"path\":\"/partition-2/Documents and Settings\","
                        + "\"type\":\"file\",\"size\":76,\"mode\":\"0777\",\"modified_time\":");
        assertThat(info.get("symlink_target").asString())
                .isEqualTo("/mnt/sendense/restore/" + id + "/partition-2/Users");
    }

    @Test
    void file_info_of_a_file_matches_the_disk_image_and_has_no_target() throws Exception {
        String id = hub.mount(TestDisks.windowsSystem());
        String path = "/partition-2/Recovery/WindowsRE/ReAgent.xml";

        JsonNode info = RestoreServer
                .json(hub.get("/api/v1/restore/" + id + "/file-info?path=" + RestoreServer.q(path)));

        assertThat(info.get("size").asLong())
                .isEqualTo(DiskImage.of(TestDisks.windowsSystem()).readAllBytes(path).length);
        assertThat(info.has("symlink_target")).isFalse();
        assertThat(info.get("type").asString()).isEqualTo("file");
        assertThat(hub.get("/api/v1/restore/" + id + "/file-info").body())
                .isEqualTo("{\"error\":\"path query parameter is required\"}\n");
    }

    @Test
    void linux_files_have_unix_modes_and_symlinks_keep_their_raw_targets() {
        String id = hub.mount(TestDisks.linuxSystem());

        JsonNode etc = RestoreServer.json(hub.files(id, "/partition-1/etc", false));
        JsonNode localtime = RestoreServer
                .json(hub.get("/api/v1/restore/" + id + "/file-info?path=/partition-1/etc/localtime"));
        JsonNode root = RestoreServer.json(hub.files(id, "/partition-1", false));

        assertThat(entry(etc, "shadow").get("mode").asString()).isEqualTo("0640");
        assertThat(entry(etc, "passwd").get("mode").asString()).isEqualTo("0644");
        assertThat(entry(etc, "nginx").get("size").asLong()).isEqualTo(4096);
        assertThat(localtime.get("symlink_target").asString()).isEqualTo("/usr/share/zoneinfo/Europe/London");
        assertThat(localtime.get("size").asLong()).isEqualTo("/usr/share/zoneinfo/Europe/London".length());
        assertThat(entry(root, "tmp").get("mode").asString()).isEqualTo("0777");
        assertThat(entry(root, "root").get("mode").asString()).isEqualTo("0700");
    }

    @Test
    void a_folder_of_100000_scans_lists_every_entry() {
        String id = hub.mount(TestDisks.windowsData());

        JsonNode scans = RestoreServer.json(hub.files(id, "/partition-1/Shares/Scans/2025", false));

        assertThat(scans.get("total_count").asInt()).isEqualTo(100_000);
        assertThat(scans.get("files").size()).isEqualTo(100_000);
        assertThat(scans.get("files").get(0).get("name").asString()).isEqualTo("scan-000001.pdf");
        assertThat(scans.get("files").get(99_999).get("path").asString())
                .isEqualTo("/partition-1/Shares/Scans/2025/scan-100000.pdf");
    }

    private static List<String> names(JsonNode listing) {
        return listing.get("files").valueStream().map(f -> f.get("name").asString()).toList();
    }

    private static JsonNode entry(JsonNode listing, String name) {
        return listing.get("files")
                .valueStream()
                .filter(f -> f.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
