package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console on a phone (390 × 844, the size of a current mid-range phone): the dashboard reflows; the VM list,
 * the file browser, the backup history and the running backups switch to their compact rows (the whole name
 * first, the details under it); the breadcrumbs fold into a menu; and nothing is wider than the screen.
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
        SimulatedHub.use(registry, hub, "phone-it");
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

    @Test
    void backup_history_and_running_backups_show_whole_names_on_a_phone() {
        var world = hub.control().world();
        String longest = world.hostileNamedVms().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        hubClient.startBackup(
                new BackupStartRequest(longest, BackupType.FULL, world.localRepositoryId(), null, Map.of()));
        Page page = phone();
        try {
            signIn(page, "operator", "operator-demo-pw");
            page.navigate("/backups/running");
            Chromium.awaitIdle(page);
            assertWholeName(page, longest);
            assertThat(page.locator(".compact-row")
                    .filter(new Locator.FilterOptions().setHasText(longest))
                    .getByRole(AriaRole.PROGRESSBAR)).isVisible();
            assertFitsTheScreen(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("phone-running.png")));

            page.navigate("/backups");
            Chromium.awaitIdle(page);
            assertWholeName(page, longest);
            assertFitsTheScreen(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("phone-backups.png")));
        } finally {
            page.context().close();
        }
    }

    /** A compact row names the VM in full: its title wraps instead of clipping, and the details sit under it. */
    private static void assertWholeName(Page page, String vm) {
        Locator row = page.locator(".compact-row").filter(new Locator.FilterOptions().setHasText(vm)).first();
        assertThat(row).isVisible();
        Locator title = row.locator(".compact-title");
        assertThat(title).hasText(vm);
        assertThat((Boolean) title.evaluate("t => t.scrollWidth <= t.clientWidth")).as("title clipped").isTrue();
        assertThat(row.locator(".compact-details")).isVisible();
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
