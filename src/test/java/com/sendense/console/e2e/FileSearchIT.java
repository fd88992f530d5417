package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.FileSearch;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.SearchEnd;
import com.sendense.console.restore.SearchListener;
import com.sendense.console.restore.SearchProgress;
import com.sendense.console.restore.SearchQuery;
import com.sendense.console.restore.SkippedFolder;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search end to end against the simulator's Windows system disk: a file found by part of its name in the users'
 * folders, its folder opened, the file put in the basket and downloaded; a whole-disk search seen in progress and
 * cancelled. Screenshots for the user guide's "Finding a file".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "console.restore.search.parallel=1"})
class FileSearchIT {

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
    @Autowired
    FileSearch search;
    @Autowired
    com.sendense.console.hub.HubZone hubZone;

    MountId mountId;
    String user;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, sim, "file-search");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @BeforeEach
    void mount() {
        mountId = AdminMounts.mountFirstCompleted(hub, mounts, sim.control().world().protectedVm());
        user = AdminMounts.userOf(AdminMounts.userHome(hub, mountId,
                home -> AdminMounts.holds(hub, mountId, home + "/Documents/Projects", "Timeline.xlsx")));
    }

    @Test
    void find_a_file_by_part_of_its_name_open_its_folder_and_download_it() throws Exception {
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files/partition-2/Users");
        assertThat(page.locator("vaadin-grid.file-grid .file-name").first()).isVisible();

        page.locator("vaadin-text-field.search-pattern input").fill("timeline");
        page.locator("vaadin-select.search-scope").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("This folder and below")).click();
        // "It was still fine last week": modified within a day either side of the file's date on the hub.
        java.time.LocalDate day = hub.files(mountId, HubPath.of("/partition-2/Users/" + user + "/Documents/Projects"))
                .entries()
                .stream()
                .filter(e -> e.name().equals("Timeline.xlsx"))
                .findFirst()
                .map(e -> java.util.Objects.requireNonNull(e.modified()).atZone(hubZone.zone()).toLocalDate())
                .orElseThrow();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters").setExact(true)).click();
        date(page, "Modified from", day.minusDays(1));
        date(page, "Modified to", day.plusDays(1));
        Chromium.awaitIdle(page);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("find-lost-file-search.png")));
        page.keyboard().press("Escape");
        // The server has both days: the dates count as one filter on the button.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters (1)"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();

        Locator match = page.locator("vaadin-grid.search-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Timeline.xlsx"))
                .first();
        assertThat(match).isVisible();
        assertThat(page.locator(".search-progress")).containsText("Done: ");
        Chromium.awaitIdle(page);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("restore-search-finished.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket")).first().click();
        assertThat(page.locator(".basket-summary")).containsText("1 file");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open folder")).first().click();
        page.waitForURL(Pattern.compile(".*/files/partition-2/Users/[^/]+/Documents/Projects$"));
        assertThat(page.locator("vaadin-grid.file-grid .file-name")
                .filter(new Locator.FilterOptions().setHasText("Timeline.xlsx"))
                .first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Results \\(\\d+\\)$")))).isVisible();
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("find-lost-file-folder.png")));

        Download download = page.waitForDownload(() -> page.locator("vaadin-grid.file-grid .file-name")
                .filter(new Locator.FilterOptions().setHasText("Timeline.xlsx"))
                .first()
                .dblclick());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo("Timeline.xlsx");
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("find-lost-file-download.png")));
        assertThat(jdbc.sql("SELECT kind || ':' || outcome FROM restore_downloads").query(String.class).list())
                .contains("SEARCH:COMPLETE", "FILE:COMPLETE");
        page.context().close();
    }

    @Test
    void a_whole_disk_search_shows_its_progress_and_can_be_cancelled() throws Exception {
        Page page = signIn();
        page.navigate("/restore/" + mountId + "/files/partition-2");
        page.locator("vaadin-text-field.search-pattern input").fill("*.dll");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();

        assertThat(page.locator(".search-progress")).containsText("Searching… ");
        assertThat(page.locator(".search-progress")).containsText(Pattern.compile("[1-9][0-9,]* matches"));
        Chromium.awaitIdle(page);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("restore-search-running.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel search")).click();
        assertThat(page.locator(".search-stopped")).hasText("Search cancelled.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel search"))).isHidden();
        assertThat(jdbc.sql("SELECT kind || ':' || outcome FROM restore_downloads").query(String.class).list())
                .contains("SEARCH:ABORTED");
        page.context().close();
    }

    @Test
    @com.sendense.reliability.BadInput("symlink")
    void links_of_the_simulators_linux_disk_are_found_by_name_and_never_searched_through() throws Exception {
        String vm = sim.control().world().linuxVm();
        Backup backup = hub.backups(BackupFilter.forVm(vm))
                .stream()
                .filter(b -> b.status() == BackupStatus.COMPLETED)
                .findFirst()
                .orElseThrow();
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("admin", "",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
        try {
            MountId linux = mounts.mount(vm, backup.id(), 0).mountId();
            var found = new java.util.concurrent.CopyOnWriteArrayList<String>();
            SearchEnd end = search.start(linux, SearchQuery.byName("*", HubPath.of("/partition-1/srv")), "it/search",
                    new SearchListener() {

                        @Override
                        public void batch(List<FileEntry> matches, List<SkippedFolder> skipped, SearchProgress p) {
                            matches.forEach(m -> found.add(m.path().value()));
                        }

                        @Override
                        public void ended(SearchEnd how) {}
                    }).end().get(60, java.util.concurrent.TimeUnit.SECONDS);

            // /srv/x -> / and /srv/up -> ../../.. would show the hub's own files and other mounts if followed
            assertThat(end.stop()).isEqualTo(SearchEnd.Stop.FINISHED);
            assertThat(found).contains("/partition-1/srv/x", "/partition-1/srv/up", "/partition-1/srv/www",
                    "/partition-1/srv/data");
            assertThat(found).noneMatch(p -> p.matches("/partition-1/srv/(x|up|www|hostname)/.*"));
            assertThat(end.progress().folders()).isEqualTo(2); // srv and srv/data, nothing through a link
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Sets a date picker as a user's pick does: the value, then the change event the server listens to. */
    private static void date(Page page, String label, java.time.LocalDate day) {
        page.locator("vaadin-date-picker")
                .filter(new Locator.FilterOptions().setHasText(label))
                .evaluate("(el, v) => { el.value = v; el.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
                        day.toString());
    }

    private static Locator row(Page page, String name) {
        return page.locator("vaadin-grid.file-grid .file-name")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + Pattern.quote(name) + "$")))
                .first();
    }

    private Page signIn() {
        return chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
    }
}
