package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.DownloadResult;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.internal.HubDownloadTest.RecordingSink;
import com.sendense.console.hub.internal.HubEndpoints.Endpoint;
import com.sendense.reliability.HubFault;
import com.sendense.reliability.UserMessages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults below HTTP: a download the hub cuts off halfway, and a hub whose listener no longer
 * accepts connections (connect timeout).
 */
class HubStreamFaultTest extends HubClientTestSupport {

    private static final MountId MOUNT = new MountId(HubEndpoints.MOUNT);

    @HubFault("connection dropped mid-download")
    @Test
    void a_file_cut_off_halfway_is_reported_truncated_once_and_downloads_whole_when_the_hub_is_back() throws Exception {
        byte[] content = new byte[100_000];
        new Random(11).nextBytes(content);
        String head = "HTTP/1.1 200 OK\nContent-Type: application/octet-stream\nContent-Length: 100000\n\n";
        try (RawHttpServer server = new RawHttpServer(
                RawHttpServer.bytes(head, java.util.Arrays.copyOf(content, 40_000)))) {
            WebClientHubClient client = client(HubProperties.forUrl(server.uri()));
            RecordingSink cut = new RecordingSink();

            HubTruncatedException error = catchThrowableOfType(HubTruncatedException.class,
                    () -> client.download(MOUNT, HubPath.of("/partition-2/big.bin"), cut));

            UserMessages.assertActionable(HubErrorMessages.explain(error));
            assertThat(HubErrorMessages.explain(error)).contains("incomplete").contains("Download it again");
            assertThat(cut.closed).isTrue();
            assertThat(server.requestLines()).hasSize(1);
            server.answer(RawHttpServer.bytes(head, content));
            RecordingSink whole = new RecordingSink();
            DownloadResult result = client.download(MOUNT, HubPath.of("/partition-2/big.bin"), whole);
            assertThat(result.bytesWritten()).isEqualTo(100_000);
            assertThat(whole.content.toByteArray()).isEqualTo(content);
        }
    }

    @HubFault("connection dropped mid-download")
    @Test
    void a_folder_archive_cut_off_mid_stream_is_reported_truncated_and_archives_whole_when_the_hub_is_back()
            throws Exception {
        byte[] chunk = new byte[8_000];
        new Random(5).nextBytes(chunk);
        String head = "HTTP/1.1 200 OK\nContent-Type: application/zip\nTransfer-Encoding: chunked\n\n";
        byte[] chunkHead = "1f40\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] cutBody = concat(chunkHead, chunk, "\r\n".getBytes());
        try (RawHttpServer server = new RawHttpServer(RawHttpServer.bytes(head, cutBody))) {
            WebClientHubClient client = client(HubProperties.forUrl(server.uri()));

            HubTruncatedException error = catchThrowableOfType(HubTruncatedException.class,
                    () -> client.downloadDirectory(MOUNT, HubPath.of("/partition-2/Users"), ArchiveFormat.ZIP,
                            new RecordingSink()));

            UserMessages.assertActionable(HubErrorMessages.explain(error));
            assertThat(error.expectedLength()).isEmpty();
            assertThat(server.requestLines()).hasSize(1);
            server.answer(RawHttpServer.bytes(head, concat(cutBody, "0\r\n\r\n".getBytes())));
            RecordingSink whole = new RecordingSink();
            client.downloadDirectory(MOUNT, HubPath.of("/partition-2/Users"), ArchiveFormat.ZIP, whole);
            assertThat(whole.content.toByteArray()).isEqualTo(chunk);
        }
    }

    static Stream<Endpoint> connectTargets() {
        return Stream.of("vms", "files", "start backup", "mount").map(Endpoint::named);
    }

    @HubFault("slow past the connect timeout")
    @ParameterizedTest(name = "{0}")
    @MethodSource("connectTargets")
    void a_hub_that_does_not_accept_connections_times_out_on_connect_sends_nothing_and_is_used_again_later(
            Endpoint endpoint) throws Exception {
        List<Socket> fillers = new ArrayList<>();
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int port = full.getLocalPort();
        WireMockServer later = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        try {
            fillBacklog(full, fillers);
            WebClientHubClient client = client(new HubProperties(URI.create("http://127.0.0.1:" + port), null, null,
                    Duration.ofMillis(250), Duration.ofSeconds(5), null, null, false));

            HubException error = FaultChecks.failsAsHubError(client, endpoint.call());

            assertThat(error.code()).isEqualTo(HubErrorCode.TIMEOUT);
            assertThat(((HubUnavailableException) error).outcomeUnknown()).as("a connect timeout sent nothing")
                    .isFalse();
            full.close();
            closeAll(fillers);
            later.start();
            endpoint.serveHappy(later);
            assertThat(endpoint.call().apply(client)).isNotNull();
            assertThat(later.getAllServeEvents()).filteredOn(e -> !e.getRequest().getMethod().getName().equals("GET"))
                    .hasSize(endpoint.write() ? 1 : 0);
        } finally {
            full.close();
            closeAll(fillers);
            later.stop();
        }
    }

    // Linux drops SYNs once the accept queue of a listener that never accepts is full: a connect then hangs.
    private static void fillBacklog(ServerSocket server, List<Socket> fillers) throws IOException {
        for (int i = 0; i < 16; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 200);
                fillers.add(s);
            } catch (IOException timedOut) {
                s.close();
                return;
            }
        }
        throw new IllegalStateException("the accept queue never filled up");
    }

    private static void closeAll(List<Socket> sockets) throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
