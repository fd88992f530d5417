package com.sendense.console.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.sendense.console.e2e.Chromium;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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
 * A manager signs in to the console in front of the simulator's demo world, lands on the
 * dashboard, and follows a failure bar of the chart to the filtered backup history (all groups, then
 * one group), where exactly the bar's failed backups are listed. The second
 * test renders the screenshots for the documentation (light, dark, printed A4), written to
 * {@code -Ddashboard.screenshots=<dir>} (default {@code target/screenshots}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "hub.demo=true",
        "console.dashboard.storage-sample-initial-delay=24h"})
class DashboardIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;

    @Autowired
    StorageSampler sampler;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("hub.appliance-token", () -> SimulatorConfig.APPLIANCE_TOKEN);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:dashboard-it;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @BeforeEach
    void storage_history_and_a_weekly_target_for_dev() {
        if (jdbc.sql("SELECT COUNT(*) FROM storage_samples").query(Long.class).single() == 0) {
            sampler.sampleOnce();
        }
        jdbc.sql("DELETE FROM rpo_targets WHERE scope_type = 'GROUP'").update();
        jdbc.sql("INSERT INTO rpo_targets (scope_type, scope_name, target_hours, updated_at, updated_by) "
                + "VALUES ('GROUP', 'Dev', 192, :at, 'admin')")
                .param("at", Instant.now().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Test
    void a_failure_on_the_chart_opens_the_filtered_backup_history() {
        Page page = signIn("manager", "manager-demo-pw");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        assertThat(page.locator(".dash-card-value").first()).containsText("%");
        assertThat(page.locator("#hub-status")).containsText("Demo hub (simulated)");

        Locator failure = page.locator(".daily-chart .chart-link[data-status='failed']").last();
        String day = failure.getAttribute("data-from");
        int failed = failedCount(failure);
        failure.click();

        page.waitForURL(url -> url.contains("/backups?"));
        assertThat(page.url()).contains("status=failed").contains("from=" + day).contains("to=" + day);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backup history"))).isVisible();
        assertHistoryShowsOnlyFailed(page, failed);
        page.goBack();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();

        // With a group chosen (web-02's: it failed the last five nights), the bar's count is the group's, and so is the
        // history.
        String group = page.locator(".posture-table tr")
                .filter(new Locator.FilterOptions().setHasText("web-02"))
                .locator("td")
                .nth(1)
                .innerText()
                .split(",")[0].strip();
        page.navigate("http://localhost:" + port + "/?group=" + URLEncoder.encode(group, StandardCharsets.UTF_8));
        Locator groupFailure = page.locator(".daily-chart .chart-link[data-status='failed']").last();
        assertThat(groupFailure).hasAttribute("data-group", group);
        int groupFailed = failedCount(groupFailure);
        groupFailure.click();

        page.waitForURL(url -> url.contains("/backups?"));
        assertThat(page.url()).contains("status=failed")
                .contains("group=" + URLEncoder.encode(group, StandardCharsets.UTF_8));
        assertHistoryShowsOnlyFailed(page, groupFailed);
        page.context().close();
    }

    /** The failed count a bar announces: "<day>: <n> failed. Show them in the backup history". */
    private static int failedCount(Locator bar) {
        Matcher m = Pattern.compile(": (\\d+) failed\\.").matcher(bar.getAttribute("aria-label"));
        assertThat(m.find()).as(bar.getAttribute("aria-label")).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The grid holds exactly {@code rows} items (its size, not only the rendered rows), each with status Failed. */
    private static void assertHistoryShowsOnlyFailed(Page page, int rows) {
        page.waitForFunction("n => document.querySelector('vaadin-grid')?.size === n", rows);
        Locator statuses = page.locator("vaadin-grid .history-status");
        assertThat(statuses).hasCount(rows);
        assertThat(statuses.allInnerTexts()).hasSize(rows).allMatch(t -> t.startsWith("Failed"));
    }

    @Test
    void screenshots_in_light_and_dark_and_as_printed() throws Exception {
        Path dir = Path.of(System.getProperty("dashboard.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Page page = signIn("manager", "manager-demo-pw");
        page.setViewportSize(1440, 2900);
        // Vaadin's loading bar can flash in at any round trip; it is not part of the page.
        page.addStyleTag(
                new Page.AddStyleTagOptions().setContent(".v-loading-indicator { display: none !important; }"));
        assertThat(page.locator(".repo-forecast").first()).containsText("Estimated full");
        waitUntilIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("dashboard-light.png")));

        Chromium.setDarkTheme(page, true);
        waitUntilIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("dashboard-dark.png")));
        Chromium.setDarkTheme(page, false);
        waitUntilIdle(page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        Path pdf = dir.resolve("dashboard-print.pdf");
        page.pdf(
                new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true).setPreferCSSPageSize(true));
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        toPng(pdf, dir.resolve("dashboard-print"));
        page.context().close();
    }

    /** No Vaadin round trip pending (the check TestBench uses) and no finite animation or transition running. */
    private static void waitUntilIdle(Page page) {
        page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())"
                + " && document.getAnimations().every(a => a.playState !== 'running'"
                + " || !isFinite(a.effect.getComputedTiming().endTime))");
    }

    /** Page images of the PDF with Debian's poppler-utils, when installed (apt-get install poppler-utils). */
    private static void toPng(Path pdf, Path prefix) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        Process p = new ProcessBuilder(
                List.of("/usr/bin/pdftoppm", "-png", "-r", "70", pdf.toString(), prefix.toString())).inheritIO()
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }
}
