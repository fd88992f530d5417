package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.control.FaultSpec;
import com.sendense.hubsim.control.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backup operations in a real browser against the hub simulator (auth on, telemetry every second,
 * a full backup of dev-win11-test takes about 20 s): start from the VM list, watch it live in two
 * sessions, chain an incremental to it; two sessions starting at once send one start; a start whose
 * answer is lost is found and followed without a second start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class BackupOperationsIT {

    static final Path IMAGES = Path.of("docs/images");
    static final Pattern JOB_ID = Pattern.compile("backup-[\\w.-]+-\\d{9,}");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(
            SimulatorConfig.defaults().withBackups(Duration.ofSeconds(1), 1_750_000_000L, 0.0, Duration.ofMinutes(5)));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("hub.appliance-token", () -> SimulatorConfig.APPLIANCE_TOKEN);
        // Shorter than the slow-start fault below, so that the console's start times out.
        registry.add("hub.read-timeout", () -> "3s");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:backup-ops-it;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void full_backup_from_the_vm_list_watched_in_two_sessions_then_an_incremental_that_chains_to_it() {
        Page operator = signIn("operator", "operator-demo-pw");
        long before = lastSeq();
        Locator wizard = openWizard(operator, "dev-win11-test");
        selectRepository(operator, "Primary Local Repository");
        assertThat(radio(operator, "Incremental")).hasAttribute("disabled", "");
        assertThat(wizard.locator("#wizard-type-note")).containsText("Incremental is not available");
        screenshot(operator, "backup-wizard.png");
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(wizard.locator("#wizard-disks")).containsText("Disk 0 (disk-2000)");
        screenshot(operator, "backup-wizard-review.png");
        operator.locator("#wizard-start").click();

        String fullId = jobIdInProgressDialog(operator);
        recordPercentages(operator);
        String first = awaitPercentAbove(operator, 0);
        awaitPercentAbove(operator, parse(first) + 5);
        assertThat(operator.locator("#job-eta")).containsText("about");
        assertThat(operator.locator("#job-speed")).containsText("/s");

        Page admin = signIn("admin", "admin-e2e-password");
        admin.navigate("/backups/running?job=" + fullId);
        assertThat(admin.locator("#job-progress")).isVisible();
        recordPercentages(admin);
        awaitPercentAbove(operator, 45);
        screenshot(operator, "backup-progress.png");

        assertThat(operator.locator("#job-result")).containsText("Completed", timeout(60));
        assertThat(admin.locator("#job-result")).containsText("Completed", timeout(10));
        assertThat(operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View recovery point")))
                .isVisible();
        List<String> seenByOperator = recorded(operator);
        List<String> seenByAdmin = recorded(admin);
        assertThat(seenByAdmin).as("the second session saw updates while it watched").hasSizeGreaterThanOrEqualTo(2);
        assertThat(seenByOperator).as("both sessions saw the same sequence of updates")
                .containsSubsequence(seenByAdmin)
                .endsWith(seenByAdmin.getLast());
        admin.context().close();
        closeDialog(operator);

        openWizard(operator, "dev-win11-test");
        assertThat(operator.locator("#wizard-repository")).containsText("Primary Local Repository");
        radio(operator, "Incremental").click();
        assertThat(operator.locator("#wizard-type-note")).containsText("chains to " + fullId);
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(operator.locator("#wizard-summary")).containsText(fullId);
        operator.locator("#wizard-start").click();
        String incrementalId = jobIdInProgressDialog(operator);
        assertThat(operator.locator(".job-progress-panel")).containsText("Incremental backup");
        assertThat(operator.locator("#job-result")).containsText("Completed", timeout(60));

        assertThat(incrementalId).isNotEqualTo(fullId);
        assertThat(posts(before)).hasSize(2);
        operator.context().close();
    }

    @Test
    void two_sessions_starting_the_same_vm_at_once_send_exactly_one_start_to_the_hub() {
        Page operator = signIn("operator", "operator-demo-pw");
        Page admin = signIn("admin", "admin-e2e-password");
        for (Page page : List.of(operator, admin)) {
            openWizard(page, "web-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(page.locator("#wizard-start")).isEnabled();
        }
        // The hub takes a moment to prepare the disks, so the second click lands while the first is in flight.
        hub.control().addFault(FaultSpec.slow("POST", "/api/v1/backups", Duration.ofMillis(1500)).times(1));
        long before = lastSeq();

        operator.locator("#wizard-start").click();
        admin.locator("#wizard-start").click();

        jobIdInProgressDialog(operator);
        assertThat(admin.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("so no second one was started"))).isVisible();
        assertThat(posts(before)).hasSize(1);
        operator.context().close();
        admin.context().close();
    }

    @Test
    void a_start_whose_answer_is_lost_is_found_on_the_hub_and_followed_without_a_second_start() {
        Page operator = signIn("operator", "operator-demo-pw");
        openWizard(operator, "mail-relay");
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        // Longer than the console's 3 s read timeout: the console gives up waiting, the hub still starts it.
        hub.control().addFault(FaultSpec.slow("POST", "/api/v1/backups", Duration.ofSeconds(6)).times(1));
        long before = lastSeq();

        operator.locator("#wizard-start").click();

        assertThat(operator.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("but the backup did start")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(40_000));
        String id = jobIdInProgressDialog(operator);
        assertThat(id).startsWith("backup-mail-relay-");
        assertThat(operator.locator("#job-result")).containsText("Completed", timeout(60));
        assertThat(posts(before)).as("the console never sent the start twice").hasSize(1);
        operator.context().close();
    }

    @Test
    void the_hubs_stuck_backup_is_flagged_stalled_in_running_backups() {
        Page manager = signIn("manager", "manager-demo-pw");
        manager.navigate("/backups/running");

        Locator grid = manager.locator("vaadin-grid").first();
        assertThat(grid).containsText("dev-build-01");
        assertThat(grid).containsText("Stalled");
        assertThat(manager.locator("#running-jobs-count")).isVisible();
        manager.navigate("/backups/running?job=" + hub.control().world().stuckBackupId());
        assertThat(manager.locator("#job-stall")).containsText("No progress report since this backup started");
        assertThat(manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Backup now"))).hasCount(0);
        // The address names the job only while its progress is open: a reload after closing stays closed.
        manager.locator("vaadin-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();
        manager.waitForURL(url -> url.endsWith("/backups/running"));
        manager.context().close();
    }

    // --- helpers

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }

    private static Locator openWizard(Page page, String vm) {
        page.navigate("/vms?q=" + vm);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Backup now: " + vm).setExact(true))
                .click();
        Locator wizard = page.locator("#wizard-repository");
        assertThat(wizard).isVisible();
        return page.locator("vaadin-dialog").last();
    }

    private static void selectRepository(Page page, String name) {
        page.locator("#wizard-repository").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(name)).click();
        assertThat(page.locator("#wizard-repository")).containsText(name);
        page.locator("vaadin-select-item")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    private static Locator radio(Page page, String label) {
        return page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static String jobIdInProgressDialog(Page page) {
        page.locator("#job-progress")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(40_000));
        Matcher m = JOB_ID.matcher(page.locator("#job-progress").locator("xpath=../..").innerText());
        assertThat(m.find()).as("the dialog names the job").isTrue();
        return m.group();
    }

    private static void closeDialog(Page page) {
        page.locator("#job-close").click();
        page.locator("#job-progress").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Waits until the progress dialog shows more than {@code percent}; returns what it shows. */
    private static String awaitPercentAbove(Page page, double percent) {
        page.waitForFunction(
                "p => { const e = document.querySelector('#job-percent'); "
                        + "return e && parseFloat(e.textContent) > p; }",
                percent, new Page.WaitForFunctionOptions().setTimeout(60_000));
        return page.locator("#job-percent").innerText();
    }

    private static double parse(String percent) {
        return Double.parseDouble(percent.replace("%", "").trim());
    }

    /** Records in the page every text the percentage shows, as pushed. */
    private static void recordPercentages(Page page) {
        page.evaluate(
                "() => { window.__seen = []; const rec = () => { const e = document.querySelector('#job-percent');"
                        + " if (e) { const t = e.textContent; if (window.__seen[window.__seen.length - 1] !== t) window.__seen.push(t); } };"
                        + " new MutationObserver(rec).observe(document.body, {subtree: true, childList: true, characterData: true});"
                        + " rec(); }");
    }

    @SuppressWarnings("unchecked")
    private static List<String> recorded(Page page) {
        return (List<String>) page.evaluate("() => window.__seen");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions timeout(int seconds) {
        return new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(seconds * 1000.0);
    }

    private static long lastSeq() {
        List<LoggedRequest> all = hub.control().requests();
        return all.isEmpty() ? 0 : all.getLast().seq();
    }

    private static List<LoggedRequest> posts(long since) {
        return hub.control()
                .requestsSince(since)
                .stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/v1/backups"))
                .toList();
    }
}
