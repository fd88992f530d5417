package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Preview and compare end to end against the simulator's Windows system disk: a text file, a photo and a PDF previewed
 * from a user's folders (rendered on the server, audited as PREVIEW), and Documents/Projects compared with another
 * nightly recovery point, where the simulator adds a stand-up note and grows the progress log each day. Screenshots
 * for the user guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class PreviewCompareIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator sim = HubSimulator.start(SimulatorConfig.defaults());
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
    String home;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, sim, "preview-compare");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @BeforeEach
    void mount() {
        mountId = AdminMounts.mountFirstCompleted(hub, mounts, sim.control().world().protectedVm());
        home = AdminMounts.userHome(hub, mountId, h -> list(h + "/Documents/Projects").isPresent());
    }

    @Test
    void a_text_file_a_photo_and_a_pdf_are_previewed_without_downloading_them() throws Exception {
        Page page = signIn();
        Files.createDirectories(SCREENSHOTS);

        open(page, home + "/Documents/Projects");
        previewRow(page, "Progress log.txt");
        assertThat(page.locator(".preview-text")).containsText("Progress log");
        assertThat(page.locator(".preview-dialog .preview-note, .preview-note").first()).containsText("UTF-8");
        shot(page, "preview-text.png");
        close(page);

        String photo = name(home + "/Pictures", ".jpg");
        open(page, home + "/Pictures");
        previewRow(page, photo);
        Locator image = page.locator("img.preview-image");
        assertThat(image).isVisible();
        page.waitForCondition(() -> (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0"));
        assertThat((Integer) image.evaluate("img => img.naturalWidth")).isLessThanOrEqualTo(1200);
        assertThat(page.locator(".preview-note").first()).containsText("Scaled down on the server from 960 × 720");
        shot(page, "preview-image.png");
        close(page);

        String folder = pdfFolder();
        String pdf = name(folder, ".pdf");
        open(page, folder);
        previewRow(page, pdf);
        Locator firstPage = page.locator("img.preview-page").first();
        assertThat(firstPage).isVisible();
        page.waitForCondition(() -> (Boolean) firstPage.evaluate("img => img.complete && img.naturalWidth > 0"));
        assertThat(page.locator(".preview-note").first()).containsText(Pattern.compile("Pages 1 to \\d of \\d"));
        shot(page, "preview-pdf.png");
        close(page);

        assertThat(jdbc.sql("SELECT kind || ':' || outcome FROM restore_downloads").query(String.class).list())
                .containsOnly("PREVIEW:COMPLETE")
                .hasSize(3);
        page.context().close();
    }

    @Test
    void a_folder_compared_with_another_recovery_point_shows_an_added_and_a_changed_file() throws Exception {
        int mountedBefore = hub.mounts().size();
        Page page = signIn();
        open(page, home + "/Documents/Projects");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Compare with"))).click();
        assertThat(page.locator(".compare-slots"))
                .containsText(Pattern.compile("one of the hub's 8 mount slots \\(\\d free now\\)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();

        Locator grid = page.locator("vaadin-grid.compare-grid");
        assertThat(grid.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Stand-up .*\\.txt$")))
                .first()).isVisible();
        assertThat(grid.locator(".compare-added").first()).isVisible();
        assertThat(grid.locator(".compare-changed").first()).isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Progress log.txt"))
                .first()).isVisible();
        assertThat(page.locator(".compare-result p").nth(1)).containsText(Pattern.compile("[1-9] added"));
        assertThat(hub.mounts()).hasSize(mountedBefore + 1);
        shot(page, "compare.png");

        page.locator("vaadin-button.compare-close").click();
        page.waitForCondition(() -> hub.mounts().size() == mountedBefore);
        assertThat(jdbc.sql("SELECT kind || ':' || outcome FROM restore_downloads").query(String.class).list())
                .contains("COMPARE:COMPLETE");
        page.context().close();
    }

    private void open(Page page, String path) {
        page.navigate("/restore/" + mountId + "/files" + path);
        assertThat(page.locator("vaadin-grid.file-grid .file-name").first()).isVisible();
    }

    private static void previewRow(Page page, String name) {
        page.locator("vaadin-button.preview-row[aria-label=\"Preview " + name + "\"]").click();
    }

    private static void close(Page page) {
        page.locator("vaadin-button.preview-close").click();
        assertThat(page.locator(".preview-body")).hasCount(0);
    }

    private static void shot(Page page, String file) {
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)));
    }

    private Optional<List<FileEntry>> list(String path) {
        try {
            return Optional.of(hub.files(mountId, HubPath.of(path)).entries());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String name(String folder, String extension) {
        return list(folder).orElseThrow()
                .stream()
                .map(FileEntry::name)
                .filter(n -> n.endsWith(extension))
                .findFirst()
                .orElseThrow();
    }

    /** A Documents or Downloads folder of some user that holds a PDF (the simulator picks each user's files). */
    private String pdfFolder() {
        return list("/partition-2/Users").orElseThrow()
                .stream()
                .filter(e -> e.isDirectory() && !e.symlink())
                .flatMap(u -> java.util.stream.Stream.of(u.path().value() + "/Documents",
                        u.path().value() + "/Downloads"))
                .filter(f -> list(f).map(es -> es.stream().anyMatch(e -> e.name().endsWith(".pdf"))).orElse(false))
                .findFirst()
                .orElseThrow();
    }

    private Page signIn() {
        return chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
    }
}
