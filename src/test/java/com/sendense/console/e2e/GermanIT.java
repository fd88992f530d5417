package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator chooses Deutsch in the user menu and walks the main pages against the simulator's demo world:
 * no page may show an English bundle text that has a German translation, nor a missing key. The dashboard's
 * screenshot in German goes to {@code -Dgerman.screenshots=<dir>} (default {@code docs/images}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "hub.demo=true",
        "console.dashboard.storage-sample-initial-delay=24h"})
class GermanIT {

    /** The pages walked in German, as paths; each area adds its own as it is translated. */
    static final List<String> PAGES = List.of("/", "/vms", "/vms?vm=mail-relay", "/admin/users", "/admin/rpo");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("hub.appliance-token", () -> SimulatorConfig.APPLIANCE_TOKEN);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:german-it;DB_CLOSE_DELAY=-1");
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

        for (String path : PAGES) {
            page.navigate(path);
            assertThat(page.locator("h1").first()).isVisible();
            Chromium.awaitIdle(page);
            String text = (String) page.evaluate("() => document.body.innerText");
            assertThat(PageTexts.englishIn(text)).as("English left on %s", path).isEmpty();
            assertThat(text).as("missing keys on %s", path).doesNotContainPattern(PageTexts.MISSING_KEY);
        }

        page.navigate("/");
        assertThat(page.locator(".dash-cards")).isVisible();
        page.setViewportSize(1440, 1100);
        Chromium.awaitIdle(page);
        Path dir = Path.of(System.getProperty("german.screenshots", "docs/images"));
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("de-dashboard.png")).setFullPage(true));
        page.context().close();
    }
}
