package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sendense.console.hub.GroupDraft;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.VmContext;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scheduled protection in a real browser against the hub simulator, with the console's scheduler
 * ticking every 2 s: an operator makes a flow on a group, due at the next whole minute or so, sees
 * its next run, watches the console start it on time with live progress, and finds the run's backups
 * on the flow's page and in the history; "Run now" runs it again. A manager reads; help desk does not
 * see the pages. The demo's nightly flows are not caught up (catch-up = skip), so only this flow's
 * backups run. The group is made through the hub: the group pages are another branch's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"console.demo-users=true",
        "console.demo-hub.enabled=false", "console.admin.initial-password=admin-e2e-password",
        "console.protection.tick=2s", "console.protection.catch-up=skip"})
class ProtectionIT {

    static final Path IMAGES = Path.of("docs/images");
    static final String GROUP = "IT protected";
    static final String FLOW = "IT nightly group";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(
            SimulatorConfig.defaults().withBackups(Duration.ofSeconds(1), 1_750_000_000L, 0.0, Duration.ofMinutes(5)));

    @LocalServerPort
    int port;

    @Autowired
    HubClient hubClient;

    @Autowired
    HubZone zone;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "protection-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void an_operator_schedules_a_group_watches_the_console_run_it_on_time_and_runs_it_again() {
        MachineGroup group = hubClient.createGroup(new GroupDraft(GROUP, "Made by ProtectionIT", 0, 0));
        for (String vm : new String[]{"dc01", "dc02"}) {
            hubClient.assignToGroup(group.id(), context(vm).contextId());
        }
        Page operator = signIn("operator", "operator-demo-pw");
        operator.navigate("/protection");
        assertThat(operator.locator("#flows")).containsText("Nightly databases");
        operator.locator("#flows-new").click();

        operator.locator("#flow-name input").fill(FLOW);
        operator.locator("#flow-target input").fill(GROUP);
        operator.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(GROUP)).click();
        Chromium.choose(operator, "#flow-repository", "Primary Local Repository");
        // Due at least a minute from now, so the run is seen to start on time, not at once.
        ZonedDateTime due = ZonedDateTime.now(zone.zone()).plusSeconds(75).truncatedTo(ChronoUnit.MINUTES);
        String clock = due.format(DateTimeFormatter.ofPattern("HH:mm"));
        operator.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Cron (experts)"))
                .click();
        operator.locator("#flow-schedule-cron input").fill("0 " + due.getMinute() + " " + due.getHour() + " * * *");
        operator.locator("#flow-schedule-cron input").press("Tab");
        assertThat(operator.locator("#flow-schedule-words")).hasText("Runs every day at " + clock + ".");
        assertThat(operator.locator("#flow-schedule-next vaadin-list-item, #flow-schedule-next li")).hasCount(5);
        screenshot(operator, "protection-flow-dialog.png");
        operator.locator("#flow-save").click();
        operator.locator("#flow-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        Locator row = operator.locator("#flows");
        assertThat(row).containsText(FLOW);
        assertThat(row).containsText("every day at " + clock);
        screenshot(operator, "protection-list.png");
        operator.navigate("/protection?q=IT%20nightly");
        assertThat(operator.locator("#flows")).containsText(clock);
        assertThat(operator.locator("#flows")).not().containsText("Nightly databases");

        operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FLOW)).click();
        assertThat(operator.locator("#flow-next-run")).containsText(clock);
        assertThat(operator.locator("#flow-next-run")).containsText(zone.zone().getId());

        // The console starts it when due, then each VM's backup shows its progress live.
        Locator runs = operator.locator("#flow-runs");
        assertThat(runs).containsText("Running", seconds(170));
        assertThat(runs.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Schedule")))
                .not()
                .hasCount(0);
        assertThat(runs.locator("vaadin-progress-bar").first()).isVisible(visible(40));
        assertThat(runs).containsText("dc01");
        assertThat(runs).containsText("dc02");
        screenshot(operator, "protection-flow-running.png");
        awaitText(operator, runs, "Succeeded", 1, 120);
        assertThat(runs.locator(".run-backup-history")).hasCount(2,
                new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        screenshot(operator, "protection-flow.png");

        String backupId = runs.locator(".run-backup-history").first().innerText();
        String flowPage = operator.url();
        runs.locator(".run-backup-history").first().click();
        operator.waitForURL(url -> url.contains("/backups/vm/"));
        assertThat(operator.locator("vaadin-grid").first()).containsText("Completed");
        assertThat(backupId).startsWith("backup-");

        // Run now: the run appears at once and its backups run again.
        operator.navigate(flowPage);
        assertThat(operator.locator("#flow-run-now")).isEnabled();
        operator.locator("#flow-run-now").click();
        assertThat(runs).containsText("Run now", seconds(10));
        assertThat(runs.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Run now")))
                .hasCount(1);
        assertThat(runs.locator("vaadin-progress-bar").first()).isVisible(visible(40));
        awaitText(operator, runs, "Succeeded", 2, 120);
        operator.context().close();

        Page manager = signIn("manager", "manager-demo-pw");
        manager.navigate("/protection?q=IT%20nightly");
        assertThat(manager.locator("#flows")).containsText(FLOW);
        assertThat(manager.locator("#flows-new")).isDisabled();
        assertThat(manager.locator("#flows-delete")).hasCount(0);
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FLOW)).click();
        assertThat(manager.locator("#flow-runs")).containsText("Succeeded");
        assertThat(manager.locator("#flow-run-now")).isDisabled();
        assertThat(manager.locator("#flow-edit")).isDisabled();
        manager.context().close();

        Page helpdesk = signIn("helpdesk", "helpdesk-demo-pw");
        assertThat(helpdesk.locator("vaadin-side-nav")).not().containsText("Protection");
        helpdesk.navigate("/protection");
        assertThat(helpdesk.locator("#flows")).hasCount(0);
        helpdesk.context().close();
    }

    /**
     * Waits until {@code text} shows {@code times} times, driving the simulator's backup engine once a
     * second as well (its own thread does too; this keeps the test independent of that thread's pace).
     */
    private static void awaitText(Page page, Locator locator, String text, int times, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (locator.innerText().split(text, -1).length - 1 < times) {
            assertThat(System.nanoTime())
                    .as("\"" + text + "\" " + times + "x within " + seconds + " s: " + locator.innerText())
                    .isLessThan(deadline);
            hub.control().runBackupEngineOnce();
            page.waitForTimeout(1000);
        }
    }

    private VmContext context(String vmName) {
        return hubClient.vms().stream().filter(v -> v.vmName().equals(vmName)).findFirst().orElseThrow();
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }

    private static void screenshot(Page page, String name) {
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }

    private static LocatorAssertions.ContainsTextOptions seconds(int s) {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(s * 1000.0);
    }

    private static LocatorAssertions.IsVisibleOptions visible(int s) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(s * 1000.0);
    }
}
