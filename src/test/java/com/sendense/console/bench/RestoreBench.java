package com.sendense.console.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.e2e.Chromium;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmarks of the restore browse half (bench/restore.sh runs them; results in docs/benchmarks.md).
 * Not a test: the class name keeps it out of the normal test runs. The simulator serves at
 * unlimited speed with its write timeout raised to 10 minutes, so nothing is cut off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"console.demo-users=true",
        "console.demo-hub.enabled=false", "console.admin.initial-password=admin-bench-password"})
@org.springframework.context.annotation.Import(RestoreBench.TimedHub.class)
class RestoreBench {

    /** When the hub's last folder listing reached the console (System.nanoTime). */
    static final AtomicLong listingAnsweredAt = new AtomicLong();

    /** The real hub client, with the moment each listing returns noted. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class TimedHub {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        HubClient timedHubClient(@org.springframework.beans.factory.annotation.Qualifier("hubClient") HubClient real) {
            return (HubClient) java.lang.reflect.Proxy.newProxyInstance(HubClient.class.getClassLoader(),
                    new Class<?>[]{HubClient.class}, (proxy, method, args) -> {
                        try {
                            Object result = method.invoke(real, args);
                            if (method.getName().equals("files")) {
                                listingAnsweredAt.set(System.nanoTime());
                            }
                            return result;
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    /**
     * The simulated hub's serving speed in bytes per second ({@code -Dbench.hub-rate=…}); 0, the
     * default, serves as fast as this machine can, so the hub and the console compete for its CPU.
     */
    static final long HUB_RATE = Long.getLong("bench.hub-rate", 0);

    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withAuth(false).withDownloads(Duration.ofMinutes(10), HUB_RATE));
    static final String ISO = "/partition-1/Shares/Software/SQLServer2022-x64-ENU.iso";
    static final String SCANS = "/partition-1/Shares/Scans/2025";

    @LocalServerPort
    int port;
    @Autowired
    HubClient hub;
    @Autowired
    MountService mounts;
    MountId mountId;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> sim.baseUrl().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:restore-bench;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @BeforeEach
    void mountDataDisk() {
        mountId = BenchMounts.windowsDataDisk(hub, mounts);
    }

    @Test
    void download_throughput_through_the_console_against_straight_from_the_hub() throws Exception {
        long size = hub.fileInfo(mountId, HubPath.of(ISO)).size();
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files/partition-1/Shares/Software");
        assertThat(page.locator(".file-name")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("SQLServer2022"))).isVisible();
        String direct = sim.baseUrl() + "/api/v1/restore/" + mountId + "/download?path="
                + URLEncoder.encode(ISO, StandardCharsets.UTF_8);

        Runnable viaHub = () -> page.evaluate("url => { const a = document.createElement('a'); a.href = url;"
                + " document.body.appendChild(a); a.click(); a.remove(); }", direct);
        Runnable viaConsole = () -> {
            page.locator(".file-name")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("SQLServer2022"))
                    .dblclick();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download anyway")).click();
        };
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        long baseline = heapAfterGc();
        AtomicLong peakOld = new AtomicLong(oldGenUsed());
        AtomicBoolean sampling = new AtomicBoolean(true);
        long oldBefore = oldGenUsed();
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (sampling.get()) {
                peakOld.accumulateAndGet(oldGenUsed(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
            }
        });
        // Alternate the two paths twice; the best of each pair is compared (other processes share the 2 cores).
        Result hub1 = timed(page, viaHub);
        Result console1 = timed(page, viaConsole);
        Result hub2 = timed(page, viaHub);
        Result console2 = timed(page, viaConsole);
        sampling.set(false);
        sampler.join();
        long retained = heapAfterGc() - baseline;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        Result hubRun = hub1.transfer < hub2.transfer ? hub1 : hub2;
        Result consoleRun = console1.transfer < console2.transfer ? console1 : console2;
        double ratio = consoleRun.mibPerSecond(size) / hubRun.mibPerSecond(size);
        String table = String.join("\n",
                "| download (" + mib(size) + " MiB, Chromium as client, hub serving at "
                        + (HUB_RATE == 0 ? "full speed" : mib(HUB_RATE) + " MiB/s") + ") | click to file (s) "
                        + "| transfer (s) | transfer MiB/s |",
                "|---|---:|---:|---:|", row("straight from the hub (simulator), run 1", hub1, size),
                row("through the console, run 1", console1, size),
                row("straight from the hub (simulator), run 2", hub2, size),
                row("through the console, run 2", console2, size), "", "| result | value |", "|---|---:|",
                "| console / hub transfer throughput (best run of each) | "
                        + String.format(Locale.ROOT, "%.1f %%", ratio * 100) + " |",
                "| load average before / after (2 cores, shared) | " + loadBefore.substring(0, 14) + " / "
                        + loadAfter.substring(0, 14) + " |",
                "| console heap retained after the download (after GC) | " + mib(retained) + " MiB |",
                "| old generation growth during the download (peak) | " + mib(Math.max(0, peakOld.get() - oldBefore))
                        + " MiB |",
                "| bytes received = file size, every run | "
                        + List.of(hub1, hub2, console1, console2).stream().allMatch(r -> r.bytes == size) + " |");
        report("download-throughput", table);
        page.context().close();
    }

    @Test
    void a_folder_of_100000_entries_shows_its_first_rows_soon_and_scrolls_lazily() throws Exception {
        long hubStart = System.nanoTime();
        int entries = hub.files(mountId, HubPath.of(SCANS)).entries().size();
        double hubSeconds = (System.nanoTime() - hubStart) / 1e9;
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files/partition-1/Shares");
        assertThat(page.locator(".file-name")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Scans"))).isVisible();

        long start = System.nanoTime();
        page.navigate("/restore/" + mountId + "/files/partition-1/Shares/Scans/2025");
        page.locator("vaadin-grid-cell-content .file-name", new Page.LocatorOptions().setHasText("scan-000001"))
                .first()
                .waitFor();
        long shown = System.nanoTime();
        double firstRows = (shown - start) / 1e9;
        double afterAnswer = (shown - listingAnsweredAt.get()) / 1e9;

        long scrollStart = System.nanoTime();
        page.evaluate("() => document.querySelector('vaadin-grid.file-grid').scrollToIndex(" + (entries - 1) + ")");
        page.locator("vaadin-grid-cell-content .file-name")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("scan-100000"))
                .first()
                .waitFor();
        double lastRows = (System.nanoTime() - scrollStart) / 1e9;
        Object domRows = page.evaluate(
                "() => document.querySelectorAll('vaadin-grid.file-grid vaadin-grid-cell-content .file-name').length");
        Object loaded = page.evaluate("() => { const g = document.querySelector('vaadin-grid.file-grid');"
                + " const c = g._dataProviderController && g._dataProviderController.rootCache;"
                + " return c ? c.items.filter(i => i).length : -1; }");
        Object gridSize = page.evaluate("() => document.querySelector('vaadin-grid.file-grid').size");

        String table = String.join("\n", "| 100,000-entry folder (" + entries + " entries) | value |", "|---|---:|",
                "| hub listing call, measured alone before (HubClient.files) | " + secs(hubSeconds) + " s |",
                "| navigation to first rows in Chromium (includes the hub call) | " + secs(firstRows) + " s |",
                "| **first rows shown after the hub's answer reached the console** | " + secs(afterAnswer) + " s |",
                "| scroll to the last entry until it shows | " + secs(lastRows) + " s |",
                "| grid size known to the browser | " + gridSize + " |",
                "| rows in the page (DOM) at the end | " + domRows + " |",
                "| items the browser has loaded at the end | " + loaded + " |", "| load average (2 cores, shared) | "
                        + Files.readString(Path.of("/proc/loadavg")).trim().substring(0, 14) + " |");
        report("large-folder", table);
        page.context().close();
    }

    /**
     * @param seconds from the click to the whole file on disk (includes the console's confirmation dialog)
     * @param transfer from the browser's download start (response headers in) to the whole file on disk
     */
    private record Result(double seconds, double transfer, long bytes) {

        double mibPerSecond(long size) {
            return size / 1048576.0 / transfer;
        }
    }

    private static Result timed(Page page, Runnable trigger) throws Exception {
        long start = System.nanoTime();
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(600_000), trigger);
        long started = System.nanoTime();
        Path file = download.path();
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        double transfer = (end - started) / 1e9;
        if (download.failure() != null) {
            throw new IllegalStateException("download failed: " + download.failure());
        }
        long bytes = Files.size(file);
        download.delete();
        return new Result(seconds, transfer, bytes);
    }

    private static String row(String label, Result r, long size) {
        return "| " + label + " | " + secs(r.seconds) + " | " + secs(r.transfer) + " | "
                + String.format(Locale.ROOT, "%.0f", r.mibPerSecond(size)) + " |";
    }

    private static String secs(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    private static long mib(long bytes) {
        return Math.round(bytes / 1048576.0);
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long oldGenUsed() {
        return ManagementFactory.getMemoryPoolMXBeans()
                .stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().toLowerCase(Locale.ROOT).contains("old"))
                .mapToLong(p -> p.getUsage().getUsed())
                .sum();
    }

    private static void report(String name, String table) throws Exception {
        System.out.println("\n" + table + "\n");
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".md"), table + "\n");
    }

    private Page signIn() {
        return chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
    }
}
