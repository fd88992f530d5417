package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
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
 * The mount half of file-level restore in a real browser against the hub simulator, with the
 * hub's one-hour mount lease shortened to 20 s: mount a Windows disk through the wizard, watch
 * the countdown and the warning, let the mount expire, "Remount and return here", and unmount it
 * from the active mounts view. Saves the screenshots of the user guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "hub.poll-interval=1s"})
class MountLeaseIT {

    static final Duration TTL = Duration.ofSeconds(20);
    static final Path IMAGES = Path.of("docs/images");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults()
            .withAuth(false)
            // Cleanup far later than the lease, as on the real hub: expired mounts stay listed a while.
            .withMounts(TTL, Duration.ofMinutes(10)));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:mount-lease;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void mount_through_the_wizard_watch_it_expire_remount_and_return_then_unmount() {
        Page page = signIn("operator", "operator-demo-pw");
        try {
            walkThrough(page);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/mount-lease-failure.png")));
            throw e;
        }
    }

    private void walkThrough(Page page) {

        // The wizard: find the VM, a recovery point, a disk.
        page.navigate("/restore");
        Locator search = page.locator("input[placeholder='Search VM name…']");
        search.fill("sql-prod-01");
        search.press("Enter");
        assertThat(page.getByText("Recovery point of sql-prod-01")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("restore-wizard-points.png")));
        firstRow(page).click();
        assertThat(page.getByText(Pattern.compile("Which disk of .*"))).isVisible();
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Disk 0")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        Locator mount = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mount and browse"));
        assertThat(mount).isVisible();
        assertThat(page.locator(".restore-wizard")).containsText("restore slots on the hub are in use");
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("restore-wizard.png")));

        mount.click();
        page.waitForURL(Pattern.compile(".*/restore/[0-9a-f-]{36}/files$"));
        String firstId = mountId(page.url());
        showLease(page, firstId);

        // A 20 s lease is inside the five-minute warning from the start.
        Locator bar = page.locator(".mount-lease-bar");
        assertThat(page.locator("#mount-countdown")).containsText("s left");
        assertThat(bar).hasAttribute("data-phase", "warning");
        assertThat(bar).containsText("the hub cannot extend it");
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("mount-expiry-warning.png")));

        // Expiry, then remount the same disk and come back to the same folder.
        page.locator(".mount-lease-bar[data-phase=expired]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                        .setTimeout(TTL.plusSeconds(15).toMillis()));
        assertThat(page.locator("#mount-countdown")).hasText("Expired");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remount and return here")).click();
        page.waitForURL(url -> url.contains("/files/partition-1") && !url.contains(firstId));
        String secondId = mountId(page.url());
        assertThat(secondId).isNotEqualTo(firstId);

        // The mounts view: the new mount with its VM, point and disk; unmount it.
        page.navigate("/restore/mounts");
        Locator grid = page.locator("#mounts-grid");
        assertThat(grid).containsText("sql-prod-01");
        assertThat(grid).containsText("Disk 0");
        assertThat(grid).containsText("operator");
        assertThat(page.locator("#mount-slots")).containsText("1 of 8 restore slots in use");
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("restore-mounts.png")));

        // Someone mounts a disk outside the console: the open view learns it from the shared poller.
        mountOutsideTheConsole("dc01");
        assertThat(grid).containsText("Unknown",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#mount-slots")).containsText("2 of 8 restore slots in use");

        // The console's mount expires here too: Remount on its row (not on the foreign one, which
        // the console cannot remount) mounts the disk again in the background.
        Locator remount = grid.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Remount"));
        remount.waitFor(new Locator.WaitForOptions().setTimeout(TTL.plusSeconds(15).toMillis()));
        assertThat(remount).hasCount(1);
        remount.click();
        assertThat(page.getByText("Mounted sql-prod-01 again for a new hour.")).isVisible();
        assertThat(remount).hasCount(0);
        assertThat(page.locator("#mount-slots")).containsText("2 of 8 restore slots in use");

        for (int left = 2; left > 0; left--) {
            grid.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Unmount")).first().click();
            // The console asks first while someone still browses the mount (the grace after leaving it).
            Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unmount anyway"));
            Locator freed = page.locator("#mount-slots")
                    .filter(new Locator.FilterOptions().setHasText((left - 1) + " of 8 restore slots in use"));
            confirm.or(freed).first().waitFor();
            if (confirm.isVisible()) {
                confirm.click();
            }
            assertThat(freed).isVisible();
        }
        assertThat(grid).containsText("No disk is mounted");
        assertThat(page.locator("#mount-slots")).containsText("0 of 8 restore slots in use");
        page.context().close();
    }

    /** Opens the first partition in the file browser, whose header carries the lease bar. */
    private static void showLease(Page page, String mountId) {
        page.navigate("/restore/" + mountId + "/files/partition-1");
        page.locator(".mount-lease-bar").waitFor();
    }

    /** Mounts disk 0 of the VM's newest completed backup straight on the hub, as another tool would. */
    private static void mountOutsideTheConsole(String vm) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var list = http.send(java.net.http.HttpRequest
                    .newBuilder(hub.baseUrl().resolve("/api/v1/backups?vm_name=" + vm + "&status=completed"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Matcher id = Pattern.compile("\"backup_id\":\"(backup-" + vm + "-\\d+)\"").matcher(list);
            assertThat(id.find()).as("a completed backup of " + vm + " in " + list).isTrue();
            var mounted = http.send(java.net.http.HttpRequest.newBuilder(hub.baseUrl().resolve("/api/v1/restore/mount"))
                    .POST(java.net.http.HttpRequest.BodyPublishers
                            .ofString("{\"backup_id\":\"" + id.group(1) + "\",\"disk_index\":0}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(mounted.statusCode()).as(mounted.body()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first row of the step's grid; its cells live in the grid's shadow DOM. */
    private static Locator firstRow(Page page) {
        Locator cell = page.locator(".restore-step-body vaadin-grid")
                .locator("#items tr td")
                .filter(new Locator.FilterOptions().setVisible(true))
                .first();
        cell.waitFor();
        return cell;
    }

    private static String mountId(String url) {
        Matcher m = Pattern.compile("/([0-9a-f-]{36})/").matcher(url + "/");
        assertThat(m.find()).as("mount id in " + url).isTrue();
        return m.group(1);
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }
}
