package com.sendense.hubsim.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.hubsim.files.DiskImage;
import com.sendense.hubsim.files.TestDisks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DownloadTest {

    private static final String APOLLO = "/partition-1/Shares/Projects/Apollo";

    private final RestoreServer hub = new RestoreServer();

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void a_file_downloads_with_its_exact_bytes_and_the_hubs_headers() throws Exception {
        String id = hub.mount(TestDisks.windowsData());
        String path = "/partition-1/Shares/HR/Recruitment/Résumé – Zoë.docx";

        HttpResponse<byte[]> r = hub.send(
                HttpRequest.newBuilder(hub.uri(download(id, path))).header("Range", "bytes=0-9").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        byte[] expected = DiskImage.of(TestDisks.windowsData()).readAllBytes(path);
        assertThat(r.statusCode()).as("Range is ignored").isEqualTo(200);
        assertThat(r.body()).isEqualTo(expected);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(expected.length);
        assertThat(rawUtf8(r.headers().firstValue("Content-Disposition").orElseThrow()))
                .isEqualTo("attachment; filename=\"Résumé – Zoë.docx\"");
        assertThat(r.headers().map()).doesNotContainKeys("accept-ranges", "etag", "last-modified");
        assertThat(zipEntries(expected)).contains("word/document.xml", "[Content_Types].xml");
    }

    @Test
    void quotes_in_a_file_name_are_sent_unescaped() {
        String id = hub.mount(TestDisks.windowsData());

        HttpResponse<byte[]> r = hub.getBytes(download(id, "/partition-1/Shares/Projects/Naming/it's \"final\".txt"));

        assertThat(r.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"it's \"final\".txt\"");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("it's \"final\"\r\n");
    }

    @Test
    void a_directory_path_on_download_becomes_a_zip_without_content_length() throws Exception {
        String id = hub.mount(TestDisks.windowsData());

        HttpResponse<byte[]> r = hub.getBytes(download(id, APOLLO));

        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Apollo.zip\"");
        assertThat(r.headers().firstValue("Content-Length")).isEmpty();
        assertThat(zipContents(r.body()).keySet()).containsExactly("Project plan.docx", "Risks.xlsx");
    }

    @Test
    void a_zip_holds_files_only_and_loses_empty_folders() throws Exception {
        String id = hub.mount(TestDisks.windowsData());

        HttpResponse<byte[]> r = hub.getBytes(directory(id, APOLLO, "zip"));

        Map<String, byte[]> zip = zipContents(r.body());
        assertThat(zip.keySet()).containsExactly("Project plan.docx", "Risks.xlsx");
        assertThat(zip.get("Risks.xlsx"))
                .isEqualTo(DiskImage.of(TestDisks.windowsData()).readAllBytes(APOLLO + "/Risks.xlsx"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Apollo.zip\"");
    }

    @Test
    void a_tar_gz_keeps_directory_entries() throws Exception {
        String id = hub.mount(TestDisks.windowsData());

        HttpResponse<byte[]> r = hub.getBytes(directory(id, APOLLO, "tar.gz"));

        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Apollo.tar.gz\"");
        List<String> names = new ArrayList<>();
        byte[] plan = null;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(r.body())))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
                if (e.getName().equals("Project plan.docx")) {
                    plan = tar.readAllBytes();
                }
            }
        }
        assertThat(names).containsExactly("Archive/", "Project plan.docx", "Risks.xlsx");
        assertThat(plan).isEqualTo(DiskImage.of(TestDisks.windowsData()).readAllBytes(APOLLO + "/Project plan.docx"));
    }

    @Test
    void errors_before_the_first_byte_are_json() {
        String id = hub.mount(TestDisks.windowsData());

        assertThat(hub.get(directory(id, APOLLO, "tgz")).body()).isEqualTo(
                "{\"error\":\"failed to prepare directory download: unsupported archive type: tgz (supported: zip, tar.gz)\"}\n");
        assertThat(hub.get(download(id, "/partition-1/nope.txt")).body())
                .isEqualTo("{\"error\":\"failed to prepare file download: "
                        + "file access validation failed: path validation failed: path does not exist: /partition-1/nope.txt\"}\n");
        assertThat(hub.get(directory(id, APOLLO + "/Risks.xlsx", "zip")).body())
                .isEqualTo("{\"error\":\"failed to prepare directory "
                        + "download: directory access validation failed: path is not a directory\"}\n");
        HttpResponse<String> noPath = hub.get("/api/v1/restore/" + id + "/download-directory?format=zip");
        assertThat(noPath.statusCode()).isEqualTo(400);
        assertThat(noPath.body()).isEqualTo("{\"error\":\"path query parameter is required\"}\n");
    }

    @Test
    void the_whole_mount_downloads_as_slash_dot_zip() throws Exception {
        String id = hub.mount(TestDisks.windowsData());

        HttpResponse<InputStream> r = hub.send(HttpRequest.newBuilder(hub.uri(directory(id, "/", ""))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();

        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"/.zip\"");
    }

    @Test
    void the_write_timeout_cuts_a_file_short_of_its_content_length() {
        RestoreServer slow = new RestoreServer(c -> c.withDownloads(Duration.ofSeconds(1), 1_000_000));
        try {
            String id = slow.mount(TestDisks.windowsSystem());

            Received r = receive(slow, download(id, "/partition-2/Windows/System32/ntoskrnl.exe"));

            assertThat(r.contentLength).isGreaterThan(10_000_000);
            assertThat(r.bytes).isBetween(500_000L, 1_500_000L);
            assertThat(r.failed).as("the client sees the connection close early").isTrue();
        } finally {
            slow.close();
        }
    }

    @Test
    void the_write_timeout_ends_an_archive_without_its_last_chunk() {
        RestoreServer slow = new RestoreServer(c -> c.withDownloads(Duration.ofSeconds(1), 1_000_000));
        try {
            String id = slow.mount(TestDisks.windowsSystem());

            Received r = receive(slow, directory(id, "/partition-2/Windows/System32", "zip"));

            assertThat(r.contentLength).isEqualTo(-1);
            assertThat(r.failed).as("premature EOF in the chunked body").isTrue();
            assertThat(r.bytes).isBetween(500_000L, 1_500_000L);
        } finally {
            slow.close();
        }
    }

    private record Received(long contentLength, long bytes, boolean failed) {}

    private static Received receive(RestoreServer server, String pathAndQuery) {
        HttpResponse<InputStream> r = server.send(HttpRequest.newBuilder(server.uri(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        long bytes = 0;
        boolean failed = false;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
            }
        } catch (IOException e) {
            failed = true;
        }
        return new Received(length, bytes, failed);
    }

    private static String download(String id, String path) {
        return "/api/v1/restore/" + id + "/download?path=" + RestoreServer.q(path);
    }

    private static String directory(String id, String path, String format) {
        return "/api/v1/restore/" + id + "/download-directory?path=" + RestoreServer.q(path)
                + (format.isEmpty() ? "" : "&format=" + format);
    }

    /** Header values arrive as Latin-1 chars, one per byte: turn them back into the UTF-8 the hub sent. */
    private static String rawUtf8(String headerValue) {
        return new String(headerValue.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static Map<String, byte[]> zipContents(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

}
