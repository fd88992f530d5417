package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.control.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Discover VMs" in a real browser against the simulator's demo vCenter (six VMs the hub has never seen):
 * an operator discovers, adds two with {@code add-vms} and backs one of them up with the wizard; an
 * administrator sees the credential the new VMs use; managers never see the button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class DiscoveryIT {

    static final Path IMAGES = Path.of("docs/images");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(
            SimulatorConfig.defaults().withBackups(Duration.ofSeconds(1), 1_750_000_000L, 0.0, Duration.ofMinutes(5)));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "discovery-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void an_operator_discovers_the_demo_vcenter_adds_two_vms_and_backs_one_up() {
        Page operator = chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
        operator.navigate("/vms");
        operator.locator("#discover-vms").click();
        assertThat(operator.locator("#discover-credential")).containsText("vcenter-prod");

        operator.locator("#discover-run").click();
        Locator grid = operator.locator("#discover-grid");
        assertThat(grid).containsText("fileserver-02",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(grid).containsText("Already added");
        assertThat(operator.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("6 of them new to the hub"))
                .isVisible();
        screenshot(operator, "discover-vms.png");

        operator.locator("#discover-filter input").fill("crm");
        operator.locator("#discover-run").click();
        assertThat(operator.getByText("vCenter reports 2 VMs, 2 of them new to the hub.")).isVisible();
        // The hub's VMs have no checkbox (nor select-all); both rows are new here.
        Locator boxes = grid.locator("vaadin-checkbox:not(#selectAllCheckbox):visible");
        assertThat(boxes).hasCount(2);
        boxes.nth(0).click();
        boxes.nth(1).click();
        assertThat(operator.locator("#discover-add")).hasText("Add 2 VMs");
        long before = lastSeq();
        operator.locator("#discover-add").click();

        Locator results = operator.locator("#discover-results");
        assertThat(results).containsText("2 added, 0 already there, 0 failed, 0 not reported");
        assertThat(results).containsText("crm-app-01");
        assertThat(results).containsText("crm-db-01");
        screenshot(operator, "discover-vms-results.png");
        assertThat(hub.control().requestsSince(before).stream().map(LoggedRequest::path))
                .contains("/api/v1/discovery/add-vms")
                .doesNotContain("/api/v1/discovery/bulk-add");
        operator.locator("vaadin-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();

        operator.navigate("/vms?q=crm-app-01");
        operator.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Backup now: crm-app-01").setExact(true)).click();
        assertThat(operator.locator("#wizard-repository")).isVisible();
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        operator.locator("#wizard-start").click();
        operator.locator("#job-progress")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(40_000));
        assertThat(operator.locator("#job-progress").locator("xpath=../..")).containsText("backup-crm-app-01-");
        operator.waitForFunction(
                "() => { const e = document.querySelector('#job-percent'); "
                        + "return e && parseFloat(e.textContent) > 0; }",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        operator.context().close();

        Page admin = chromium.signIn("http://localhost:" + port, "admin", "admin-e2e-password");
        admin.navigate("/admin/vcenter");
        Locator credentials = admin.locator("vaadin-grid").first();
        assertThat(credentials).containsText("vcenter-prod");
        assertThat(credentials).containsText("crm-app-01");
        screenshot(admin, "vcenter-credentials.png");
        admin.context().close();
    }

    @Test
    void managers_do_not_see_discover_vms_and_cannot_open_the_credentials_page() {
        Page manager = chromium.signIn("http://localhost:" + port, "manager", "manager-demo-pw");
        manager.navigate("/vms");
        assertThat(manager.locator("vaadin-grid").first()).containsText("dev-win11-test");
        assertThat(manager.locator("#discover-vms")).hasCount(0);
        manager.navigate("/admin/vcenter");
        assertThat(manager.getByText("This page is not available")).isVisible();
        manager.context().close();
    }

    private static void screenshot(Page page, String name) {
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }

    private static long lastSeq() {
        var all = hub.control().requests();
        return all.isEmpty() ? 0 : all.getLast().seq();
    }
}
