package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What protects each VM, in front of the simulator's demo world: the VM list names the flow and the
 * next backup of a VM in a nightly flow and says "Not scheduled" for one no flow covers, the
 * dashboard lists that VM, and the timeline draws the night's runs with their collisions. Screenshots
 * go to {@code -Dcoverage.screenshots=<dir>} (default {@code target/screenshots}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "hub.demo=true",
        "console.dashboard.storage-sample-initial-delay=24h"})
class CoverageIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "coverage-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void the_vm_list_shows_the_protecting_flow_and_next_backup_and_not_scheduled_in_words() throws Exception {
        Page page = signIn("operator", "operator-demo-pw");
        page.navigate("/vms?q=mail-relay");
        assertThat(page.getByText(Pattern.compile("^1 of \\d+ VMs$"))).isVisible();
        assertThat(cell(page, "mail-relay nightly")).isVisible();
        assertThat(page.locator(".vm-next-backup")
                .filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^Next backup in \\d+ (minutes?|hours?) · (\\w{3} )?01:00$"))))
                .isVisible();
        assertThat(cell(page, Pattern.compile("^(just now|\\d+ (minutes?|hours?|days?) ago)$"))).isVisible();

        page.navigate("/vms?q=dev-win11-test");
        assertThat(page.getByText(Pattern.compile("^1 of \\d+ VMs$"))).isVisible();
        Locator badge = page.locator("vaadin-grid-cell-content [theme~='badge']")
                .filter(new Locator.FilterOptions().setHasText("Not scheduled"));
        assertThat(badge).isVisible();
        assertThat(badge).hasAttribute("title", "No enabled flow backs this VM up: no flow targets it.");
        assertThat(page.locator(".vm-next-backup")).hasCount(0);

        // All VMs at 1440 px with the 120-character name among them: nothing scrolls sideways.
        page.navigate("/vms");
        assertThat(page.getByText(Pattern.compile("^\\d+ VMs$"))).isVisible();
        assertGridFits(page);
        Path dir = screenshots();
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("vm-list-protection.png")));
        page.context().close();
    }

    @Test
    void the_dashboard_lists_vms_not_scheduled_and_the_timeline_renders_the_nights_runs() throws Exception {
        Page page = signIn("operator", "operator-demo-pw");
        Locator section = page.locator(".schedule-section");
        assertThat(section).containsText("dev-win11-test");
        assertThat(section.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("dev-win11-test")))
                .hasAttribute("href", "vms?vm=dev-win11-test");
        assertThat(section.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Create a flow on the Protection page"))).isVisible();
        Path dir = screenshots();
        page.setViewportSize(1440, 1100);
        section.scrollIntoViewIfNeeded();
        Chromium.awaitIdle(page);
        section.screenshot(new Locator.ScreenshotOptions().setPath(dir.resolve("dashboard-not-scheduled.png")));

        page.navigate("/protection/timeline");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Schedule timeline")))
                .isVisible();
        assertThat(page.locator(".timeline-chart svg rect").first()).isAttached();
        assertThat(page.locator(".timeline-table tbody tr").first()).isVisible();
        // The demo's nightly flows all start at 01:00 on the local repository.
        assertThat(page.locator(".timeline-collisions li").first()).containsText("01:00");
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("schedule-timeline.png")).setFullPage(true));
        page.context().close();
    }

    private static Locator cell(Page page, Object text) {
        Locator cells = page.locator("vaadin-grid-cell-content");
        return text instanceof Pattern p
                ? cells.filter(new Locator.FilterOptions().setHasText(p)).first()
                : cells.filter(new Locator.FilterOptions().setHasText((String) text)).first();
    }

    private static void assertGridFits(Page page) {
        Chromium.awaitIdle(page);
        Object overflow = page.evaluate(
                """
                        () => [...document.querySelectorAll('vaadin-grid')].filter(g => g.checkVisibility()).flatMap(g => {
                          const t = g.shadowRoot.querySelector('#table');
                          const out = [];
                          if (t.scrollWidth > t.clientWidth + 4) out.push('the grid scrolls sideways: ' + t.scrollWidth + ' > ' + t.clientWidth);
                          if (g.getBoundingClientRect().right > window.innerWidth + 1) out.push('the grid ends past the window');
                          return out;
                        })""");
        assertThat((List<?>) overflow).isEmpty();
    }

    private static Path screenshots() throws Exception {
        Path dir = Path.of(System.getProperty("coverage.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }
}
