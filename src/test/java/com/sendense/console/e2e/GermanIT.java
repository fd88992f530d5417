package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator chooses Deutsch in the user menu and walks the main pages against the simulator's demo world:
 * no page may show an English bundle text that has a German translation, nor a missing key. The dashboard's
 * screenshots in German (dashboard, file browser, backup wizard) go to {@code -Dgerman.screenshots=<dir>}
 * (default {@code docs/images}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "hub.demo=true",
        "console.dashboard.storage-sample-initial-delay=24h"})
class GermanIT {

    /** The pages walked in German, as paths: every area of the console. */
    List<String> pages() {
        String vm = hubClient.vms().getFirst().vmName();
        String vmPath = URLEncoder.encode(vm, StandardCharsets.UTF_8).replace("+", "%20");
        String flow = hubClient.protectionFlows().getFirst().id();
        MountId mount = AdminMounts.mountFirstCompleted(hubClient, mounts, vm);
        return List.of("/", "/vms", "/vms?vm=mail-relay", "/admin/users", "/admin/rpo", "/protection",
                "/protection/" + flow, "/protection/groups", "/protection/repositories", "/protection/timeline",
                "/admin/vcenter", "/backups/running", "/backups", "/backups/vm/" + vmPath,
                "/backups/vm/" + vmPath + "/chain", "/restore", "/restore/mounts", "/restore/audit",
                "/restore/" + mount.value() + "/files/", "/alerts", "/admin/alerts/channels", "/admin/alerts/log");
    }

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;
    @Autowired
    HubClient hubClient;
    @Autowired
    MountService mounts;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "german-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void every_page_reads_in_german_once_deutsch_is_chosen_in_the_user_menu() throws Exception {
        Page page = chromium.signIn("http://localhost:" + port, "admin", "admin-e2e-password");
        page.locator("#user-menu").click();
        page.getByText("Language", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Deutsch", new Page.GetByTextOptions().setExact(true)).click();
        // The choice reloads the page, which is then built in German.
        page.waitForCondition(() -> page.getByText("Übersicht").count() > 0);

        List<String> pages = pages();
        String fileBrowser = pages.stream().filter(p -> p.endsWith("/files/")).findFirst().orElseThrow();
        for (String path : pages) {
            Chromium.openInApp(page, path);
            try {
                assertThat(page.locator("h1, h2").first()).isVisible();
            } catch (AssertionError e) {
                throw new AssertionError("no heading on " + path, e);
            }
            Chromium.awaitIdle(page);
            String text = (String) page.evaluate("() => document.body.innerText");
            assertThat(PageTexts.englishIn(text)).as("English left on %s", path).isEmpty();
            assertThat(text).as("missing keys on %s", path).doesNotContainPattern(PageTexts.MISSING_KEY);
        }

        page.setViewportSize(1440, 1100);
        page.navigate("/");
        assertThat(page.locator(".dash-cards")).isVisible();
        screenshot(page, "de-dashboard.png");
        page.navigate(fileBrowser);
        assertThat(page.locator("h1, h2").first()).isVisible(); // the file browser's heading is the folder, an h2
        screenshot(page, "de-file-browser.png");

        String vm = hubClient.vms().getFirst().vmName();
        page.navigate("/vms?q=" + URLEncoder.encode(vm, StandardCharsets.UTF_8));
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Messages.get(Locale.GERMAN, "vms.backupLabel", vm)).setExact(true))
                .click();
        assertThat(page.locator("#wizard-repository")).isVisible();
        Chromium.awaitIdle(page);
        String wizard = (String) page.evaluate("() => document.querySelector('vaadin-dialog-overlay:last-of-type')"
                + " ? document.body.innerText + ' ' + [...document.querySelectorAll('vaadin-dialog-overlay')]"
                + ".map(o => o.innerText).join(' ') : document.body.innerText");
        assertThat(PageTexts.englishIn(wizard)).as("English left in the backup wizard").isEmpty();
        assertThat(wizard).as("missing keys in the backup wizard").doesNotContainPattern(PageTexts.MISSING_KEY);
        screenshot(page, "de-backup-wizard.png");
        page.context().close();
    }

    private static void screenshot(Page page, String name) throws IOException {
        Chromium.awaitIdle(page);
        Path dir = Path.of(System.getProperty("german.screenshots", "docs/images"));
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }
}
