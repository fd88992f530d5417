package com.sendense.hubsim.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.TestDisks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class HostDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void a_host_directory_is_one_read_only_partition_with_its_real_files() throws Exception {
        Files.writeString(dir.resolve("hello.txt"), "hello from the host\n");
        Files.createDirectories(dir.resolve("sub/empty"));
        Files.writeString(dir.resolve("sub/data.csv"), "a,b\n1,2\n");
        Files.setPosixFilePermissions(dir.resolve("sub/data.csv"), PosixFilePermissions.fromString("rw-r-----"));
        Files.createSymbolicLink(dir.resolve("link-to-hello"), Path.of("hello.txt"));
        try (RestoreServer hub = new RestoreServer()) {
            String id = hub.mount(TestDisks.host(dir));

            JsonNode root = RestoreServer.json(hub.files(id, "/", false));
            JsonNode top = RestoreServer.json(hub.files(id, "/partition-1", false));
            JsonNode sub = RestoreServer.json(hub.files(id, "/partition-1/sub", false));
            byte[] viaLink = hub.getBytes("/api/v1/restore/" + id + "/download?path=/partition-1/link-to-hello").body();

            assertThat(root.get("files").get(0).get("name").asString())
                    .startsWith("Partition 1 - " + dir.getFileName() + " (");
            assertThat(top.get("files").valueStream().map(f -> f.get("name").asString())).containsExactly("hello.txt",
                    "link-to-hello", "sub");
            assertThat(top.get("files").get(1).get("is_symlink").asBoolean()).isTrue();
            assertThat(top.get("files").get(1).get("size").asLong()).isEqualTo("hello.txt".length());
            assertThat(sub.get("files").get(0).get("mode").asString()).isEqualTo("0640");
            assertThat(new String(viaLink, StandardCharsets.UTF_8)).isEqualTo("hello from the host\n");
        }
    }

    @Test
    void symlinks_pointing_outside_never_reach_the_real_file_system() throws Exception {
        Files.createSymbolicLink(dir.resolve("absolute"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(dir.resolve("relative"), Path.of("../../../../../../../../etc/passwd"));
        try (RestoreServer hub = new RestoreServer()) {
            String id = hub.mount(TestDisks.host(dir));

            String absolute = new String(
                    hub.getBytes("/api/v1/restore/" + id + "/download?path=/partition-1/absolute").body(),
                    StandardCharsets.UTF_8);
            String relative = new String(
                    hub.getBytes("/api/v1/restore/" + id + "/download?path=/partition-1/relative").body(),
                    StandardCharsets.UTF_8);
            JsonNode info = RestoreServer
                    .json(hub.get("/api/v1/restore/" + id + "/file-info?path=/partition-1/absolute"));

            assertThat(info.get("symlink_target").asString()).isEqualTo("/etc/passwd");
            assertThat(absolute).as("the fake hub host's passwd")
                    .contains("oma_admin")
                    .isNotEqualTo(Files.readString(Path.of("/etc/passwd")));
            assertThat(relative).isEqualTo(absolute);
        }
    }

    @Test
    void the_configured_host_directories_apply_to_disks_by_vm_name_and_index() throws Exception {
        Files.writeString(dir.resolve("mapped.txt"), "mapped\n");
        try (RestoreServer hub = new RestoreServer(c -> c.withHostDirectories(Map.of("web01/1", dir)))) {
            String id = hub.mount(TestDisks.linuxData());

            JsonNode top = RestoreServer.json(hub.files(id, "/partition-1", false));

            assertThat(top.get("files").valueStream().map(f -> f.get("name").asString())).containsExactly("mapped.txt");
        }
    }

    @Test
    void a_missing_host_directory_is_a_disk_without_mountable_partitions() {
        try (RestoreServer hub = new RestoreServer()) {
            hub.catalog.add(TestDisks.host(dir.resolve("gone")));

            String error = RestoreServer
                    .json(hub.post("/api/v1/restore/mount",
                            "{\"backup_id\":\"backup-files01-1759948100\",\"disk_index\":0}"))
                    .get("error")
                    .asString();

            assertThat(error).endsWith("no mountable partitions found");
        }
    }
}
