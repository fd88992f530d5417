package com.sendense.hubsim.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.TestDisks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hole of issue 11, reproduced: the hub checks paths lexically and then opens them with calls
 * that follow links, so the links in the demo Linux disk's {@code /srv} reach the hub host's own
 * files and other users' mounts. The console must never send such a path; these tests show the
 * simulator is faithful enough for the console's tests to prove that.
 */
class SymlinkFollowingTest {

    private static final String SRV = "/partition-1/srv";

    private final RestoreServer hub = new RestoreServer();

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void links_are_listed_as_files_marked_is_symlink_and_file_info_gives_their_raw_targets() {
        String id = hub.mount(TestDisks.linuxSystem());

        JsonNode srv = RestoreServer.json(hub.files(id, SRV, false));

        assertThat(names(srv)).containsExactly("data", "hostname", "up", "welcome.html", "www", "x");
        for (JsonNode f : srv.get("files")) {
            boolean link = !f.get("name").asString().equals("data");
            assertThat(f.get("is_symlink").asBoolean()).as(f.get("name").asString()).isEqualTo(link);
            assertThat(f.get("type").asString()).isEqualTo(link ? "file" : "directory");
            assertThat(f.has("symlink_target")).as("only file-info carries the target").isFalse();
        }
        assertThat(target(id, SRV + "/x")).isEqualTo("/");
        assertThat(target(id, SRV + "/up")).isEqualTo("../../..");
        assertThat(target(id, SRV + "/www")).isEqualTo("../var/www");
        assertThat(target(id, SRV + "/welcome.html")).isEqualTo("../var/www/html/index.nginx-debian.html");
        assertThat(target(id, SRV + "/hostname")).isEqualTo("/etc/hostname");
    }

    @Test
    void an_absolute_link_lets_a_listing_and_a_download_read_the_hub_hosts_own_files() {
        String id = hub.mount(TestDisks.linuxSystem());

        JsonNode etc = RestoreServer.json(hub.files(id, SRV + "/x/etc", false));
        HttpResponse<String> hostname = hub.get(download(id, SRV + "/x/etc/hostname"));
        HttpResponse<String> viaFileLink = hub.get(download(id, SRV + "/hostname"));

        assertThat(names(etc)).contains("hostname", "passwd", "systemd");
        assertThat(hostname.statusCode()).isEqualTo(200);
        assertThat(hostname.body()).as("the hub host's /etc/hostname, not the VM's").isEqualTo("sendense-hub\n");
        assertThat(viaFileLink.body()).isEqualTo("sendense-hub\n");
    }

    @Test
    void a_relative_link_climbs_out_of_the_partition_into_other_users_mounts() {
        String windows = hub.mount(TestDisks.windowsSystem());
        String id = hub.mount(TestDisks.linuxSystem());

        JsonNode up = RestoreServer.json(hub.files(id, SRV + "/up", false));
        JsonNode other = RestoreServer.json(hub.files(id, SRV + "/up/" + windows + "/partition-2", false));

        assertThat(names(up)).contains(windows, id);
        assertThat(names(other)).contains("Users", "Windows");
    }

    @Test
    void a_download_of_a_link_to_a_folder_becomes_a_zip_of_the_target() throws IOException {
        String id = hub.mount(TestDisks.linuxSystem());

        HttpResponse<byte[]> r = hub.getBytes(download(id, SRV + "/www"));

        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"www.zip\"");
        assertThat(zip(r.body())).containsKey("html/index.nginx-debian.html");
    }

    @Test
    void a_zip_of_a_parent_folder_reads_through_file_links_but_a_tar_gz_stores_them_empty() throws IOException {
        String id = hub.mount(TestDisks.linuxSystem());

        Map<String, byte[]> zip = zip(hub.getBytes(directory(id, SRV, "zip")).body());
        Map<String, TarArchiveEntry> tar = tar(hub.getBytes(directory(id, SRV, "tar.gz")).body());

        assertThat(new String(zip.get("hostname"), StandardCharsets.UTF_8)).as("ZIP follows the link to the host")
                .isEqualTo("sendense-hub\n");
        assertThat(zip.get("x")).as("a link to a folder is an empty entry").isEmpty();
        assertThat(tar.get("hostname").isSymbolicLink()).isTrue();
        assertThat(tar.get("hostname").getSize()).isZero();
        assertThat(tar.get("hostname").getLinkName()).isEmpty();
        assertThat(tar.keySet()).noneMatch(name -> name.startsWith("x/"));
    }

    @Test
    void a_recursive_listing_follows_links_in_its_path_but_not_below_it() {
        String id = hub.mount(TestDisks.linuxSystem());

        JsonNode through = RestoreServer.json(hub.files(id, SRV + "/x/etc", true));
        JsonNode below = RestoreServer.json(hub.files(id, SRV, true));

        assertThat(paths(through)).contains(SRV + "/x/etc/hostname",
                SRV + "/x/etc/systemd/system/sendense-hub.service");
        assertThat(paths(below)).contains(SRV + "/x", SRV + "/up").noneMatch(p -> p.startsWith(SRV + "/x/"));
    }

    @Test
    void a_junction_leads_to_its_folder_inside_the_same_partition() {
        String id = hub.mount(TestDisks.windowsSystem());

        JsonNode through = RestoreServer.json(hub.files(id, "/partition-2/Documents and Settings", false));
        JsonNode users = RestoreServer.json(hub.files(id, "/partition-2/Users", false));

        assertThat(names(through)).isEqualTo(names(users));
        assertThat(target(id, "/partition-2/Documents and Settings"))
                .isEqualTo("/mnt/sendense/restore/" + id + "/partition-2/Users");
    }

    private String target(String id, String path) {
        return RestoreServer.json(hub.get("/api/v1/restore/" + id + "/file-info?path=" + RestoreServer.q(path)))
                .get("symlink_target")
                .asString();
    }

    private static String download(String id, String path) {
        return "/api/v1/restore/" + id + "/download?path=" + RestoreServer.q(path);
    }

    private static String directory(String id, String path, String format) {
        return "/api/v1/restore/" + id + "/download-directory?path=" + RestoreServer.q(path) + "&format=" + format;
    }

    private static List<String> names(JsonNode listing) {
        List<String> names = new ArrayList<>();
        listing.get("files").forEach(f -> names.add(f.get("name").asString()));
        return names;
    }

    private static List<String> paths(JsonNode listing) {
        List<String> paths = new ArrayList<>();
        listing.get("files").forEach(f -> paths.add(f.get("path").asString()));
        return paths;
    }

    private static Map<String, byte[]> zip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true,
                true)) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Map<String, TarArchiveEntry> tar(byte[] bytes) throws IOException {
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(bytes)))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), e);
            }
        }
        return entries;
    }
}
