package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console on a phone (390 × 844, the size of a current mid-range phone): the dashboard reflows, the VM
 * list and the file browser switch to their compact rows (the whole name on one line, the details under
 * it), the breadcrumbs fold into a menu, and nothing is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true",
        "console.admin.initial-password=admin-e2e-password"})
class PhoneIT {

    private static final Path IMAGES = Path.of("docs", "images");

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
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("hub.appliance-token", () -> SimulatorConfig.APPLIANCE_TOKEN);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:phone-it;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void dashboard_vm_list_and_file_browser_fit_a_phone() {
        Page page = phone();
        try {
            signIn(page, "operator", "operator-demo-pw");
            page.navigate("/");
            Chromium.awaitIdle(page);
            assertFitsTheScreen(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("phone-dashboard.png")));

            page.navigate("/vms");
            Chromium.awaitIdle(page);
            Locator compact = page.locator(".compact-row").first();
            assertThat(compact).isVisible();
            assertThat(compact.locator(".compact-title")).not().isEmpty();
            assertThat(compact.locator(".compact-details")).isVisible();
            assertFitsTheScreen(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("phone-vms.png")));

            String vm = hub.control().world().protectedVm();
            MountId mount = AdminMounts.mountFirstCompleted(hubClient, mounts, vm);
            page.navigate("/restore/" + mount.value() + "/files/partition-2/Users");
            Chromium.awaitIdle(page);
            assertThat(page.locator(".compact-row").first()).isVisible();
            Locator crumbMenu = page.locator(".crumb-menu");
            assertThat(crumbMenu).isVisible();
            assertThat(page.locator(".crumbs .crumb").last()).isVisible();
            assertFitsTheScreen(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("phone-file-browser.png")));
            crumbMenu.click();
            assertThat(page.getByRole(AriaRole.MENUITEM).first()).isVisible();
        } finally {
            page.context().close();
        }
    }

    /** Pages with wide grids that have no compact layout yet: screenshots for a look by eye. */
    @Test
    void backup_history_and_running_backups_on_a_phone() {
        Page page = phone();
        try {
            signIn(page, "operator", "operator-demo-pw");
            page.navigate("/backups");
            Chromium.awaitIdle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-backups.png")));
            page.navigate("/backups/running");
            Chromium.awaitIdle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-running.png")));
        } finally {
            page.context().close();
        }
    }

    private Page phone() {
        var context = chromium.browser()
                .newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                        .setViewportSize(390, 844)
                        .setDeviceScaleFactor(2)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("en-GB")
                        .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(60_000);
        return context.newPage();
    }

    private static void signIn(Page page, String user, String password) {
        page.navigate("/login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Nothing makes the page scroll sideways. */
    private static void assertFitsTheScreen(Page page) {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }
}
