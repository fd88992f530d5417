package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.DownloadMeta;
import com.sendense.console.hub.DownloadResult;
import com.sendense.console.hub.DownloadSink;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.hub.MountId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Downloads stream into the sink after the headers, and a cut-off body is reported as truncated. */
class HubDownloadTest extends HubClientTestSupport {

    private static final MountId MOUNT = new MountId("e4805a6f-8ee7-4f3c-8309-2f12362c7398");
    private static final String DOWNLOAD = "/api/v1/restore/" + MOUNT.value() + "/download";

    /** Records what the client did with the sink. */
    static final class RecordingSink implements DownloadSink {

        final List<DownloadMeta> opened = new ArrayList<>();
        final List<Integer> writes = new ArrayList<>();
        final ByteArrayOutputStream content = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public OutputStream open(DownloadMeta meta) {
            opened.add(meta);
            return new OutputStream() {

                @Override
                public void write(int b) {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    writes.add(len);
                    content.write(b, off, len);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    @Test
    void a_large_file_is_streamed_in_chunks_with_its_length_known_when_the_sink_opens() {
        byte[] body = new byte[5 * 1024 * 1024 + 17];
        new Random(42).nextBytes(body);
        hub.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream")
                .withHeader("Content-Disposition", "attachment; filename=\"pagefile.sys\"")
                .withHeader("Content-Length", String.valueOf(body.length))
                .withBody(body)));
        RecordingSink sink = new RecordingSink();

        DownloadResult result = client().download(MOUNT, HubPath.of("/partition-2/pagefile.sys"), sink);

        assertThat(result).isEqualTo(new DownloadResult(body.length, OptionalLong.of(body.length)));
        assertThat(sink.opened).containsExactly(
                new DownloadMeta("pagefile.sys", "application/octet-stream", OptionalLong.of(body.length)));
        assertThat(sink.content.toByteArray()).isEqualTo(body);
        assertThat(sink.writes).hasSizeGreaterThan(100).allMatch(n -> n <= 32 * 1024);
        assertThat(sink.closed).isTrue();
        hub.verify(getRequestedFor(urlEqualTo(DOWNLOAD + "?path=%2Fpartition-2%2Fpagefile.sys")));
    }

    @Test
    void the_file_name_comes_from_the_requested_path_not_the_raw_header() {
        hub.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withHeader("Content-Disposition", "attachment; filename=\"r\"sumé \"q\".txt\"")
                .withBody("hello")));
        RecordingSink sink = new RecordingSink();

        client().download(MOUNT, HubPath.of("/partition-2/Users/résumé \"q\".txt"), sink);

        assertThat(sink.opened.get(0).fileName()).isEqualTo("résumé \"q\".txt");
        assertThat(sink.opened.get(0).contentType()).isEqualTo("text/plain;charset=utf-8");
    }

    @Test
    void a_directory_sent_to_download_is_auto_zipped_and_named_so() throws Exception {
        byte[] zip = "PK\u0003\u0004zip-bytes".getBytes(StandardCharsets.ISO_8859_1);
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.bytes("""
                HTTP/1.1 200 OK
                Content-Type: application/zip
                Content-Disposition: attachment; filename="Recovery.zip"
                Transfer-Encoding: chunked
                Connection: close

                """, chunked(zip, true)))) {
            RecordingSink sink = new RecordingSink();

            DownloadResult result = client(HubProperties.forUrl(server.uri())).download(MOUNT,
                    HubPath.of("/partition-2/Recovery"), sink);

            assertThat(result).isEqualTo(new DownloadResult(zip.length, OptionalLong.empty()));
            assertThat(sink.opened)
                    .containsExactly(new DownloadMeta("Recovery.zip", "application/zip", OptionalLong.empty()));
            assertThat(sink.content.toByteArray()).isEqualTo(zip);
        }
    }

    @Test
    void a_directory_archive_is_asked_for_in_the_chosen_format() {
        hub.stubFor(get(urlPathEqualTo("/api/v1/restore/" + MOUNT.value() + "/download-directory"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/gzip")
                        .withBody(new byte[]{31, -117, 8})));
        RecordingSink sink = new RecordingSink();

        DownloadResult result = client().downloadDirectory(MOUNT, HubPath.of("/partition-2/Recovery/WindowsRE"),
                ArchiveFormat.TAR_GZ, sink);

        assertThat(result.bytesWritten()).isEqualTo(3);
        assertThat(sink.opened.get(0).fileName()).isEqualTo("WindowsRE.tar.gz");
        assertThat(sink.opened.get(0).contentType()).isEqualTo("application/gzip");
        hub.verify(getRequestedFor(urlEqualTo("/api/v1/restore/" + MOUNT.value()
                + "/download-directory?path=%2Fpartition-2%2FRecovery%2FWindowsRE&format=tar.gz")));
    }

    @Test
    void a_body_shorter_than_its_content_length_is_truncated_and_not_retried() throws Exception {
        byte[] part = new byte[40_000];
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.bytes("""
                HTTP/1.1 200 OK
                Content-Type: application/octet-stream
                Content-Length: 100000

                """, part))) {
            RecordingSink sink = new RecordingSink();

            HubTruncatedException error = catchThrowableOfType(HubTruncatedException.class,
                    () -> client(HubProperties.forUrl(server.uri())).download(MOUNT, HubPath.of("/partition-2/big.bin"),
                            sink));

            assertThat(error.code()).isEqualTo(HubErrorCode.TRUNCATED);
            assertThat(error.bytesWritten()).isEqualTo(40_000);
            assertThat(error.expectedLength()).hasValue(100_000);
            assertThat(error.operation()).isEqualTo("download");
            assertThat(sink.opened).hasSize(1);
            assertThat(sink.content.size()).isEqualTo(40_000);
            assertThat(sink.closed).isTrue();
            assertThat(server.requestLines()).hasSize(1);
            assertThat(backoffs).isEmpty();
        }
    }

    @Test
    void a_chunked_archive_cut_mid_stream_is_truncated() throws Exception {
        byte[] first = new byte[10_000];
        new Random(7).nextBytes(first);
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.bytes("""
                HTTP/1.1 200 OK
                Content-Type: application/zip
                Transfer-Encoding: chunked

                """, chunked(first, false)))) {
            RecordingSink sink = new RecordingSink();

            HubTruncatedException error = catchThrowableOfType(HubTruncatedException.class,
                    () -> client(HubProperties.forUrl(server.uri())).downloadDirectory(MOUNT,
                            HubPath.of("/partition-2/Users"), ArchiveFormat.ZIP, sink));

            assertThat(error.bytesWritten()).isEqualTo(first.length);
            assertThat(error.expectedLength()).isEmpty();
            assertThat(sink.content.toByteArray()).isEqualTo(first);
            assertThat(server.requestLines()).singleElement()
                    .asString()
                    .startsWith("GET /api/v1/restore/" + MOUNT.value()
                            + "/download-directory?path=%2Fpartition-2%2FUsers&format=zip");
        }
    }

    @Test
    void a_sink_that_cannot_open_abandons_the_download_and_the_client_stays_usable() {
        hub.stubFor(get(urlPathEqualTo(DOWNLOAD)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream")
                .withBody(new byte[256 * 1024])));
        serve(get("/api/v1/restore/mounts"), 200, "mounts-empty.json");
        WebClientHubClient client = client();

        assertThatThrownBy(() -> client.download(MOUNT, HubPath.of("/partition-2/x.bin"), meta -> {
            throw new IOException("browser went away");
        })).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("browser went away");
        assertThat(client.mounts()).isEmpty();
    }

    /** A chunked body: one chunk per 4 KiB, with or without the terminating zero chunk. */
    private static byte[] chunked(byte[] body, boolean complete) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < body.length; off += 4096) {
            int len = Math.min(4096, body.length - off);
            out.writeBytes((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, off, len);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (complete) {
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
