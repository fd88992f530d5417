package com.sendense.console.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that drives Debian's Chromium with Playwright (never a downloaded browser).
 * One browser per test class; every {@link #newPage(String)} gets a fresh, isolated context.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + EXECUTABLE
                    + ": run bin/install-chromium (the Maven build does it when it can).");
        }
        // The first page of a dev-mode Vaadin app can take several seconds on a 2-core CI machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium()
                .launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page in a new browser context (own cookies, so its own Vaadin session). */
    public Page newPage(String baseUrl) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setViewportSize(1440, 900)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        ctx.setDefaultTimeout(60_000);
        return ctx.newPage();
    }

    /**
     * A new session signed in through the login form; returns once the console's frame is shown.
     *
     * @param baseUrl the console, e.g. {@code http://localhost:8080}
     */
    public Page signIn(String baseUrl, String user, String password) {
        Page page = newPage(baseUrl);
        page.navigate("/login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        PlaywrightAssertions.assertThat(page.locator("#user-menu")).isVisible();
        return page;
    }

    /**
     * Waits until no Vaadin client on the page has a request in flight. (The loading indicator is
     * no guide: after a router-link navigation it stays displayed at opacity 0, which Playwright
     * counts as visible.)
     */
    public static void awaitIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    /**
     * Opens {@code path} inside the running application, as a click on one of its links does: the router shows the
     * view without loading the page again (a fresh load re-reads the development bundle, a second or more on two
     * cores). Fails if the browser loaded the page after all. Waits until the console is idle.
     */
    public static void openInApp(Page page, String path) {
        Object routed = page.evaluate("""
                path => new Promise(resolve => {
                  window.__stayed = true;
                  window.addEventListener('vaadin-navigated', () => resolve(true), {once: true});
                  setTimeout(() => resolve(false), 30000);
                  const a = document.createElement('a');
                  a.href = path;
                  a.setAttribute('router-link', '');
                  a.style.display = 'none';
                  document.body.appendChild(a);
                  a.click();
                  a.remove();
                })""", path);
        if (!Boolean.TRUE.equals(routed)) {
            throw new IllegalStateException("The console did not route to " + path + " within 30 s");
        }
        awaitIdle(page);
        if (!Boolean.TRUE.equals(page.evaluate("() => window.__stayed === true"))) {
            throw new IllegalStateException("The browser loaded " + path + " again instead of routing to it");
        }
    }

    /**
     * Opens a drop-down (a {@code vaadin-select}), picks the item showing {@code text} and waits for the list to close.
     */
    public static void choose(Page page, String select, String text) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(text)).click();
        page.locator("vaadin-select-item")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /**
     * Switches the theme with the user menu's "Dark theme" item, as a user does, and waits until the
     * page has the colour scheme asked for.
     */
    public static void setDarkTheme(Page page, boolean dark) {
        page.locator("#user-menu").click();
        page.getByText("Dark theme", new Page.GetByTextOptions().setExact(true)).click();
        page.keyboard().press("Escape");
        page.waitForFunction(
                "dark => getComputedStyle(document.documentElement).colorScheme.includes(dark ? 'dark' : 'light')",
                dark);
        awaitIdle(page);
    }

    public Browser browser() {
        return browser;
    }
}
