package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.files.DiskImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * File-level restore end to end against the simulator: a mount of a Windows system disk, the
 * largest partition first, Documents reached through the path field and breadcrumbs, a file
 * downloaded byte for byte, the folder as ZIP and tar.gz, and a download the hub cuts off (write
 * timeout 1 s at 2 MB/s) failed in the browser and audited as truncated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class FileRestoreIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator sim = HubSimulator
            .start(SimulatorConfig.defaults().withDownloads(Duration.ofSeconds(1), 2_000_000));
    static final Path SCREENSHOTS = Path.of("docs/images");

    @LocalServerPort
    int port;
    @Autowired
    HubClient hub;
    @Autowired
    MountService mounts;
    @Autowired
    JdbcClient jdbc;

    MountId mountId;
    String user;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, sim, "file-restore");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @BeforeEach
    void mount() {
        mountId = AdminMounts.mountFirstCompleted(hub, mounts, sim.control().world().protectedVm());
        user = AdminMounts.userOf(AdminMounts.userHome(hub, mountId,
                home -> AdminMounts.holds(hub, mountId, home + "/Documents", "Projects")));
    }

    @Test
    void browse_to_documents_and_download_a_file_a_zip_and_a_tar_gz() throws Exception {
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files");
        page.waitForURL(Pattern.compile(".*/files/partition-2$"));
        assertThat(row(page, "Users")).isVisible();
        assertThat(page.locator(".crumb").first()).hasText("All partitions");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit path")).click();
        page.locator("vaadin-text-field.path-field input").fill("/partition-2/Users");
        page.locator("vaadin-text-field.path-field input").press("Enter");
        page.waitForURL(Pattern.compile(".*/files/partition-2/Users$"));
        row(page, user).dblclick();
        page.waitForURL(Pattern.compile(".*/Users/" + quote(user) + "$"));
        row(page, "Documents").dblclick();
        page.waitForURL(Pattern.compile(".*/" + quote(user) + "/Documents$"));
        assertThat(row(page, "Projects")).isVisible();

        page.locator(".crumb", new Page.LocatorOptions().setHasText(Pattern.compile("^Users$"))).click();
        page.waitForURL(Pattern.compile(".*/partition-2/Users$"));
        // Back once the Users folder is on screen, as a person would: a Back pressed while the
        // server still answers the breadcrumb click can be overtaken by it (Vaadin router).
        assertThat(row(page, user)).isVisible();
        Chromium.awaitIdle(page);
        page.goBack();
        page.waitForURL(Pattern.compile(".*/Documents$"));
        assertThat(row(page, "Projects")).isVisible();
        Chromium.awaitIdle(page);
        // A reload is a fresh page load of the address alone: it must reopen the same folder.
        String deepLink = page.url();
        page.reload();
        assertThat(page).hasURL(deepLink);
        assertThat(row(page, "Projects")).isVisible();
        Chromium.awaitIdle(page);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("restore-file-browser.png")));

        String docs = "/partition-2/Users/" + user + "/Documents";
        FileEntry file = hub.files(mountId, HubPath.of(docs))
                .entries()
                .stream()
                .filter(e -> !e.isDirectory() && !e.symlink() && e.name().endsWith("x"))
                .findFirst()
                .orElseThrow();
        Download single = page.waitForDownload(() -> row(page, file.name()).dblclick());
        assertThat(single.failure()).isNull();
        assertThat(single.suggestedFilename()).isEqualTo(file.name());
        assertThat(Files.readAllBytes(single.path())).isEqualTo(expected(file.path()));

        Download zip = page.waitForDownload(() -> {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download this folder…")).click();
            assertThat(page.getByText("ZIP leaves out empty folders")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download").setExact(true)).click();
        });
        assertThat(zip.failure()).isNull();
        Set<String> zipEntries = zipEntries(zip.path());
        assertThat(zipEntries).contains(file.name(), "Projects/Requirements.docx", "Projects/Timeline.xlsx")
                .noneMatch(n -> n.startsWith("Projects/Old drafts"));

        Download tar = page.waitForDownload(() -> {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download this folder…")).click();
            page.getByText("tar.gz (keeps empty folders)").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download").setExact(true)).click();
        });
        assertThat(tar.failure()).isNull();
        assertThat(tar.suggestedFilename()).isEqualTo("Documents.tar.gz");
        assertThat(tarEntries(tar.path())).contains(file.name(), "Projects/Requirements.docx", "Projects/Old drafts");

        page.locator("vaadin-checkbox[aria-label='Select Projects']").click();
        page.locator("vaadin-checkbox[aria-label='Select " + file.name() + "']").click();
        assertThat(page.locator(".basket-summary")).containsText("1 file + 1 folder selected");
        assertThat(page.locator(".queue-row[data-state='complete']")).hasCount(3);
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("restore-basket-queue.png")));
        assertThat(outcomes()).contains("COMPLETE:FILE", "COMPLETE:ZIP", "COMPLETE:TAR_GZ");
        page.context().close();
    }

    @Test
    void a_download_the_hub_cuts_short_fails_in_the_browser_and_is_audited_as_truncated() throws Exception {
        HubPath big = HubPath.of("/partition-1/Boot/Fonts/chs_boot.ttf");
        assertThat(hub.fileInfo(mountId, big).size()).isGreaterThan(3_000_000L);
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files/partition-1/Boot/Fonts");

        Download download = page.waitForDownload(() -> row(page, "chs_boot.ttf").dblclick());

        assertThat(download.failure()).isNotNull();
        assertThat(page.locator(".queue-row[data-state='truncated']")).containsText("Incomplete");
        assertThat(page.getByText("is incomplete: the hub cut the download off")).hasCount(1);
        // The browser's automatic resume attempts are refused without reaching the hub: one audit row.
        assertThat(outcomes()).containsOnlyOnce("TRUNCATED:FILE");
        page.context().close();
    }

    private byte[] expected(HubPath path) throws Exception {
        DiskImage image = sim.control().mountedImage(mountId.value()).orElseThrow();
        try (InputStream in = image.open(path.value())) {
            return in.readAllBytes();
        }
    }

    private List<String> outcomes() {
        return jdbc.sql("SELECT outcome || ':' || kind FROM restore_downloads").query(String.class).list();
    }

    private static Set<String> zipEntries(Path zip) throws Exception {
        Set<String> names = new HashSet<>();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName().replaceFirst("^\\./", "").replaceFirst("/$", ""));
            }
        }
        return names;
    }

    private static Set<String> tarEntries(Path tgz) throws Exception {
        Set<String> names = new HashSet<>();
        try (var in = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tgz)))) {
            for (TarArchiveEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName().replaceFirst("^\\./", "").replaceFirst("/$", ""));
            }
        }
        return names;
    }

    /** Quotes for both Java and JavaScript regular expressions (JavaScript has no Q-E quoting). */
    private static String quote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static Locator row(Page page, String name) {
        return page
                .locator("vaadin-grid-cell-content .file-name",
                        new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + quote(name) + "\\s*$")))
                .first();
    }

    private Page signIn() {
        return chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
    }
}
