package com.sendense.console.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sendense.console.e2e.Chromium;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.DownloadSpool;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.SpoolTicket;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.files.DiskImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The largest single file restorable through the console with the simulator's 15 s write timeout, streamed
 * straight to a browser whose link runs at {@code -Dbench.browser-rate} (default 20 MB/s) against pulled into the
 * spool first, and a browser download of the spooled file broken off half-way and resumed with a Range request.
 * Not a test: the class name keeps it out of the normal runs (bench/spool.sh runs it; results in
 * docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"console.demo-users=true",
        "console.demo-hub.enabled=false", "console.admin.initial-password=admin-bench-password",
        "console.restore.spool.directory=target/spool-bench", "console.restore.spool.threshold=1MB"})
class SpoolBench {

    static final long HUB_RATE = Long.getLong("bench.hub-rate", 0);
    static final long BROWSER_RATE = Long.getLong("bench.browser-rate", 20_000_000);
    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withAuth(false).withDownloads(Duration.ofSeconds(15), HUB_RATE));
    static final HubPath ISO = HubPath.of("/partition-1/Shares/Software/SQLServer2022-x64-ENU.iso");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    HubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    DownloadService downloads;
    @Autowired
    DownloadSpool spool;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> sim.baseUrl().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:spool-bench;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @Test
    void largest_file_before_and_after_the_spool_and_a_resumed_browser_download() throws Exception {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("operator", "",
                List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")))));
        MountId mountId = mountDataDisk();
        long size = hub.fileInfo(mountId, ISO).size();
        var request = new DownloadRequest(mountId, ISO, DownloadKind.FILE, "bench");

        // Before: hub → console → browser in one stream, so all of it must pass the slower link within 15 s.
        var direct = new DownloadProgress();
        long t0 = System.nanoTime();
        boolean directWhole = true;
        try {
            downloads.download(request, direct, meta -> new Throttled(BROWSER_RATE));
        } catch (HubTruncatedException e) {
            directWhole = false;
        }
        double directSeconds = (System.nanoTime() - t0) / 1e9;

        // After: stage 1 only has to beat the 15 s on the hub → console link.
        var pulled = new DownloadProgress();
        long t1 = System.nanoTime();
        SpoolTicket ticket = spool.start(request, ISO.name(), size, pulled);
        while (!pulled.isFinished()) {
            LockSupport.parkNanos(20_000_000);
        }
        double pullSeconds = (System.nanoTime() - t1) / 1e9;
        assertThat(pulled.state()).isEqualTo(DownloadProgress.State.COMPLETE);
        double pullRate = pulled.bytes() / pullSeconds;
        boolean sameBytes = sha256(Files.newInputStream(Path.of("target/spool-bench", ticket.id())))
                .equals(sha256(image(mountId).open(ISO.value())));
        SecurityContextHolder.clearContext();

        // Stage 2 in Chromium as the user who pulled it: broken off half-way, resumed with a Range.
        Page page = chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
        @SuppressWarnings("unchecked")
        Map<String, Object> resume = (Map<String, Object>) page.evaluate("""
                async ({ url, cut }) => {
                  const t0 = performance.now();
                  const first = await fetch(url);
                  const etag = first.headers.get('ETag');
                  const reader = first.body.getReader();
                  let got = 0;
                  while (got < cut) {
                    const { done, value } = await reader.read();
                    if (done) break;
                    got += value.length;
                  }
                  await reader.cancel();
                  const t1 = performance.now();
                  const rest = await fetch(url, { headers: { Range: 'bytes=' + got + '-', 'If-Range': etag } });
                  const restReader = rest.body.getReader();
                  let tail = 0;
                  for (;;) {
                    const { done, value } = await restReader.read();
                    if (done) break;
                    tail += value.length;
                  }
                  const t2 = performance.now();
                  return { got, tail, status: rest.status, first: (t1 - t0) / 1000, rest: (t2 - t1) / 1000 };
                }""", Map.of("url", "spool/" + ticket.id(), "cut", (double) (size / 2)));
        long got = ((Number) resume.get("got")).longValue();
        long tail = ((Number) resume.get("tail")).longValue();

        String table = String.join("\n",
                "| " + mib(size) + " MiB file, hub write timeout 15 s, hub serving at "
                        + (HUB_RATE == 0 ? "full speed" : mib(HUB_RATE) + " MiB/s") + ", browser link "
                        + mib(BROWSER_RATE) + " MiB/s | value |",
                "|---|---:|",
                "| before (direct stream): bytes the browser got before the hub's cut | " + mib(direct.bytes())
                        + " MiB in " + seconds(directSeconds) + " s, whole: " + directWhole + " |",
                "| before: largest restorable file (= what passes the slower link in 15 s) | "
                        + mib(Math.min(size, direct.bytes())) + " MiB |",
                "| after (spool), stage 1 hub → console | " + mib(pulled.bytes()) + " MiB in " + seconds(pullSeconds)
                        + " s (" + mib((long) pullRate) + " MiB/s), whole: true |",
                "| after: largest restorable file (stage-1 rate × 15 s) | " + mib((long) (pullRate * 15)) + " MiB |",
                "| spooled bytes = hub's file (SHA-256) | " + sameBytes + " |",
                "| resume: browser broke off at, then asked for the rest | " + mib(got) + " MiB, HTTP "
                        + resume.get("status") + " |",
                "| resume: bytes sent again after the break | " + mib(tail) + " MiB (of " + mib(size) + " MiB) |",
                "| resume: first part / the rest (s) | " + seconds(((Number) resume.get("first")).doubleValue()) + " / "
                        + seconds(((Number) resume.get("rest")).doubleValue()) + " |",
                "| received in all = file size | " + (got + tail == size) + " |", "| load average (2 cores, shared) | "
                        + Files.readString(Path.of("/proc/loadavg")).trim().substring(0, 14) + " |");
        System.out.println("\n" + table + "\n");
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/spool.md"), table + "\n");
        page.context().close();
    }

    private MountId mountDataDisk() {
        return BenchMounts.windowsDataDisk(hub, mounts);
    }

    private DiskImage image(MountId mountId) {
        return sim.control().mountedImage(mountId.value()).orElseThrow();
    }

    private static String sha256(InputStream in) throws Exception {
        try (in) {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    /** A browser at the end of a link of {@code rate} bytes per second. */
    private static final class Throttled extends OutputStream {

        private final long rate;
        private final long start = System.nanoTime();
        private long written;

        Throttled(long rate) {
            this.rate = rate;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            written += len;
            long due = start + written * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }
}
