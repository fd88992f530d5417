package com.sendense.console.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's Chromium tab behind the load balancer of {@link TwoInstancesBench}: its own browser context (cookies,
 * so its own session), pinned to an instance by presetting HAProxy's sticky cookie as a browser that was there
 * before would carry it. Every page load records which instance answered (HAProxy's {@code X-Console-Server}
 * header, bench/haproxy.cfg), so the benchmark can say who served what. Drives the console as a user does: the
 * sign-in form, the backup wizard from the VM list, the restore wizard, the file browser.
 */
final class ClusterBrowser implements AutoCloseable {

    static final Pattern JOB_ID = Pattern.compile("backup-[\\w.-]+-\\d{9,}");
    static final Pattern MOUNT_ID = Pattern.compile("/restore/([0-9a-f-]{36})/files");

    private final String name;
    private final BrowserContext context;
    private final Page page;
    private final Path screenshots;
    private final List<String> servedBy = new CopyOnWriteArrayList<>();

    private ClusterBrowser(String name, BrowserContext context, Path screenshots) {
        this.name = name;
        this.context = context;
        this.screenshots = screenshots;
        this.page = context.newPage();
        page.onResponse(response -> {
            if (response.request().isNavigationRequest()) {
                String server = response.headerValue("x-console-server");
                servedBy.add(server == null ? "?" : server);
            }
        });
    }

    /** A new context whose first request carries {@code sticky=node}, so HAProxy sends it to that instance. */
    static ClusterBrowser pinned(Browser browser, URI lb, String sticky, String node, String name, Path screenshots) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(lb.toString())
                .setViewportSize(1440, 900)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(60_000);
        context.addCookies(List.of(new Cookie(sticky, node).setUrl(lb.toString())));
        return new ClusterBrowser(name, context, screenshots);
    }

    /** The sign-in form, as a user fills it; returns once the console's frame is shown. */
    void signIn(String user, String password) {
        page.navigate("/login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#user-menu")).isVisible();
    }

    /** The instance that answered the last page load, by HAProxy's header. */
    String lastServer() {
        return servedBy.isEmpty() ? "none" : servedBy.getLast();
    }

    List<String> servers() {
        return List.copyOf(servedBy);
    }

    /** HAProxy's sticky cookie as the browser now holds it. */
    String cookie(String sticky) {
        return context.cookies()
                .stream()
                .filter(c -> c.name.equals(sticky))
                .map(c -> c.value)
                .findFirst()
                .orElse("none");
    }

    /** The backup wizard from the VM list, default repository, full backup; returns the started job's id. */
    String startBackupThroughWizard(String vm) {
        page.navigate("/vms?q=" + vm);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Backup now: " + vm).setExact(true))
                .click();
        assertThat(page.locator("#wizard-repository")).isVisible();
        screenshot("backup-wizard");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        page.locator("#wizard-start").click();
        Locator progress = page.locator("#job-progress");
        progress.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        Matcher id = JOB_ID.matcher(progress.locator("xpath=../..").innerText());
        if (!id.find()) {
            throw new IllegalStateException("the progress dialog names no job");
        }
        return id.group();
    }

    /** The running-backups view with the job's live progress open. */
    void watch(String jobId) {
        page.navigate("/backups/running?job=" + jobId);
        assertThat(page.locator("#job-progress")).isVisible();
        // Playwright counts the dialog visible while its opening animation still shows nothing on a screenshot.
        page.waitForFunction("() => !document.querySelector('vaadin-dialog-overlay[opening]')");
    }

    /** The figures of the open progress panel ("2.1 GB of 453 GB"), as shown. */
    String transferred() {
        return page.locator("#job-transferred").innerText();
    }

    String percent() {
        return page.locator("#job-percent").innerText();
    }

    /**
     * The restore wizard: the VM, its newest recovery point, disk 0, Mount and browse; returns the mount id the
     * file browser opened.
     */
    String mountThroughWizard(String vm) {
        page.navigate("/restore");
        Locator search = page.locator("input[placeholder='Search VM name…']");
        search.fill(vm);
        search.press("Enter");
        assertThat(page.getByText("Recovery point of " + vm)).isVisible();
        Locator firstPoint = page.locator(".restore-step-body vaadin-grid")
                .locator("#items tr td")
                .filter(new Locator.FilterOptions().setVisible(true))
                .first();
        firstPoint.click();
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Disk 0")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        Locator mount = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mount and browse"));
        assertThat(mount).isVisible();
        screenshot("restore-wizard");
        mount.click();
        page.waitForURL(Pattern.compile(".*" + MOUNT_ID.pattern() + ".*"));
        Matcher id = MOUNT_ID.matcher(page.url());
        if (!id.find()) {
            throw new IllegalStateException("no mount id in " + page.url());
        }
        return id.group(1);
    }

    /** Opens a folder of the mount in the file browser and waits for a row. */
    void browse(String mountId, String folder, String expectedRow) {
        page.navigate("/restore/" + mountId + "/files/" + folder);
        assertThat(row(expectedRow)).isVisible();
    }

    /** Downloads a file of the open folder by double-clicking it, as a user does; returns its size. */
    long download(String file) throws Exception {
        Download download = page.waitForDownload(() -> row(file).dblclick());
        if (download.failure() != null) {
            throw new IllegalStateException("download of " + file + " failed: " + download.failure());
        }
        return java.nio.file.Files.size(download.path());
    }

    /** Any route; waits for the text to show. */
    void open(String route, String expectedText) {
        page.navigate(route);
        assertThat(page.locator("body")).containsText(expectedText);
    }

    /** A reload of the current address, as the user does when the page stops answering. */
    boolean reloadLandsOnSignIn() {
        page.navigate("/backups/running");
        if (!page.url().contains("/login")) {
            return false;
        }
        assertThat(page.getByLabel("User name")).isVisible();
        return true;
    }

    Page page() {
        return page;
    }

    void screenshot(String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + "-" + step + ".png")));
    }

    private Locator row(String fileName) {
        return page
                .locator("vaadin-grid-cell-content .file-name",
                        new Page.LocatorOptions().setHasText(Pattern
                                .compile("^\\s*" + fileName.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\s*$")))
                .first();
    }

    @Override
    public void close() {
        context.close();
    }
}
