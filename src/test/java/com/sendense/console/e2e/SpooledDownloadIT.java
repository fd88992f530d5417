package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.files.DiskImage;
import com.sendense.reliability.HubFault;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Large files through the console's spool against the simulator, whose write timeout is 2 s at 8 MB/s here (it can
 * deliver about 16 MB): an installer of a few MB is pulled into the spool and downloaded by the browser; a download
 * of it that breaks mid-way (a filter drops the connection once) resumes in the browser with a Range request and
 * the joined bytes match the hub's file; a video larger than the hub can send is reported incomplete with the size
 * the hub can deliver, and nothing of it is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "console.restore.spool.threshold=300KB",
        "console.restore.spool.directory=target/spool-it", "console.restore.spool.hub-write-timeout=2s"})
@Import(SpooledDownloadIT.CutOnce.class)
class SpooledDownloadIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withDownloads(Duration.ofSeconds(2), 8_000_000));
    static final Path SCREENSHOTS = Path.of("docs/images");
    /** When positive, the next spool response is broken off after this many bytes. */
    static final AtomicLong cutAfter = new AtomicLong();

    @LocalServerPort
    int port;
    @Autowired
    HubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    JdbcClient jdbc;

    MountId mountId;
    String home;

    /** Drops the connection of one spool response mid-body, as a flaky network would. */
    @TestConfiguration
    static class CutOnce {

        @Bean
        FilterRegistrationBean<jakarta.servlet.Filter> cutOnceFilter() {
            var registration = new FilterRegistrationBean<jakarta.servlet.Filter>((request, response, chain) -> {
                long cut = cutAfter.getAndSet(0);
                chain.doFilter(request, cut <= 0 ? response : new Cut((HttpServletResponse) response, cut));
            });
            registration.addUrlPatterns("/spool/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    static final class Cut extends HttpServletResponseWrapper {

        private final long after;

        Cut(HttpServletResponse response, long after) {
            super(response);
            this.after = after;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream out = super.getOutputStream();
            return new ServletOutputStream() {

                long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    int n = (int) Math.min(len, after - written);
                    out.write(b, off, n);
                    written += n;
                    if (written >= after) {
                        out.flush();
                        throw new ClientAbortException("connection dropped by the test");
                    }
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
    }

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, sim, "spooled-download");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @BeforeEach
    void mount() {
        mountId = AdminMounts.mountFirstCompleted(hub, mounts, sim.control().world().protectedVm());
        home = AdminMounts.userHome(hub, mountId, h -> installer(h).isPresent() && video(h).isPresent());
    }

    @Test
    void a_large_file_goes_through_the_spool_and_a_broken_browser_download_resumes_with_a_range() throws Exception {
        FileEntry installer = installer(home).orElseThrow();
        byte[] expected = expected(installer.path());
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files" + home);
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> row(page, installer.name()).dblclick());

        assertThat(download.url()).contains("/spool/");
        assertThat(jdbc.sql("SELECT outcome || ':' || kind FROM restore_downloads").query(String.class).list())
                .contains("COMPLETE:FILE");

        String url = page.locator(".queue-row a[href*='/spool/']").getAttribute("href");
        cutAfter.set(expected.length / 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> resumed = (Map<String, Object>) page.evaluate("""
                async url => {
                  const first = await fetch(url);
                  const etag = first.headers.get('ETag');
                  const reader = first.body.getReader();
                  const parts = [];
                  let got = 0, broke = false;
                  try {
                    for (;;) {
                      const { done, value } = await reader.read();
                      if (done) break;
                      parts.push(value);
                      got += value.length;
                    }
                  } catch (e) {
                    broke = true;
                  }
                  const rest = await fetch(url, { headers: { Range: 'bytes=' + got + '-', 'If-Range': etag } });
                  const tail = new Uint8Array(await rest.arrayBuffer());
                  const all = new Uint8Array(got + tail.length);
                  let at = 0;
                  for (const p of parts) { all.set(p, at); at += p.length; }
                  all.set(tail, at);
                  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
                  return { broke, got, status: rest.status, range: rest.headers.get('Content-Range'),
                           length: all.length,
                           sha256: Array.from(digest).map(b => b.toString(16).padStart(2, '0')).join('') };
                }""", url);

        assertThat(resumed.get("broke")).as("the first response broke off").isEqualTo(true);
        long got = ((Number) resumed.get("got")).longValue();
        assertThat(got).isPositive().isLessThan(expected.length);
        assertThat(((Number) resumed.get("status")).intValue()).isEqualTo(206);
        assertThat(resumed.get("range"))
                .isEqualTo("bytes " + got + "-" + (expected.length - 1) + "/" + expected.length);
        assertThat(((Number) resumed.get("length")).longValue()).isEqualTo(expected.length);
        assertThat(resumed.get("sha256")).isEqualTo(sha256(expected));
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo(installer.name());
        assertThat(Files.readAllBytes(download.path())).isEqualTo(expected);
        page.context().close();
    }

    @Test
    @HubFault("hub write timeout")
    void a_file_the_hub_cannot_send_within_its_write_timeout_is_incomplete_with_the_size_it_can_deliver()
            throws Exception {
        FileEntry video = video(home).orElseThrow();
        assertThat(video.size()).isGreaterThan(20_000_000L);
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files" + home + "/Videos");

        row(page, video.name()).dblclick();

        Locator incomplete = page.locator(".queue-row[data-state='truncated']");
        assertThat(incomplete).containsText("Incomplete: the hub stops every response after 2 s",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(incomplete).containsText(Pattern.compile("it can deliver files up to about \\d+(\\.\\d)? MB"));
        assertThat(incomplete).containsText("raise the hub's write timeout");
        assertThat(incomplete.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Retry"))).isHidden();
        assertThat(page.locator(".queue-row a[href*='/spool/']")).hasCount(0);
        assertThat(jdbc.sql("SELECT outcome || ':' || kind FROM restore_downloads").query(String.class).list())
                .contains("TRUNCATED:FILE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM download_spool").query(Long.class).single()).isZero();
        Chromium.awaitIdle(page);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("restore-spool-incomplete.png")));
        page.context().close();
    }

    /**
     * A file of a few MB (the profile's registry hive): over the spool threshold, well within what the hub can send
     * in its 2 s, and not an executable, which headless Chromium refuses to download.
     */
    private java.util.Optional<FileEntry> installer(String home) {
        return entries(home).stream()
                .filter(e -> !e.isDirectory() && !e.symlink() && e.size() > 500_000 && e.size() < 8_000_000)
                .filter(e -> e.name().toLowerCase(java.util.Locale.ROOT).startsWith("ntuser.dat"))
                .findFirst();
    }

    private java.util.Optional<FileEntry> video(String home) {
        return entries(home + "/Videos").stream().filter(e -> e.name().endsWith(".mp4")).findFirst();
    }

    private List<FileEntry> entries(String folder) {
        return AdminMounts.entries(hub, mountId, folder);
    }

    private byte[] expected(HubPath path) throws Exception {
        DiskImage image = sim.control().mountedImage(mountId.value()).orElseThrow();
        try (InputStream in = image.open(path.value())) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Locator row(Page page, String name) {
        return page
                .locator("vaadin-grid-cell-content .file-name",
                        new Page.LocatorOptions().setHasText(Pattern
                                .compile("^\\s*" + name.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$")))
                .first();
    }

    private Page signIn() {
        return chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
    }
}
