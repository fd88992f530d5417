package com.sendense.console.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each role signs in through a real browser, sees the navigation its role allows, is refused the
 * rest even by typing the address, and sees the VM inventory served from the hub's real fixtures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class RoleAccessIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final WireMockServer hub = new WireMockServer(options().dynamicPort());

    static {
        hub.start();
        serve("/health", "health.json");
        serve("/api/v1/vm-contexts", "vm-contexts.json");
        serve("/api/v1/vm-contexts/ctx-pgtest1-20251006-203401/disks", "vm-disks.json");
        serve("/api/v1/vm-contexts/ctx-web-server-01-20251007-101522/disks", "vm-disks-unknown-context.json");
        // The start page is the dashboard: it reads backups per status and the repositories.
        serve("/api/v1/backups", "list-backups.json");
        serve("/api/v1/repositories", "repositories.json");
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", hub::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:role-access;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        hub.stop();
    }

    /** Every view (a sample address for each route), its title, and the roles that may open it. */
    static final List<RouteAccess> ROUTES = List.of(
            new RouteAccess("/", "Dashboard", "ADMIN OPERATOR HELPDESK MANAGER"),
            new RouteAccess("/vms", "Virtual machines", "ADMIN OPERATOR HELPDESK MANAGER"),
            new RouteAccess("/backups", "Backup history", "ADMIN OPERATOR HELPDESK MANAGER"),
            new RouteAccess("/backups/running", "Running backups", "ADMIN OPERATOR MANAGER"),
            new RouteAccess("/backups/vm/pgtest1", "Backups of pgtest1", "ADMIN OPERATOR HELPDESK MANAGER"),
            new RouteAccess("/backups/vm/pgtest1/chain", "Recovery points of pgtest1",
                    "ADMIN OPERATOR HELPDESK MANAGER"),
            new RouteAccess("/restore", "Restore files", "ADMIN OPERATOR HELPDESK"),
            new RouteAccess("/restore/mounts", "Active mounts", "ADMIN OPERATOR HELPDESK MANAGER"),
            new RouteAccess("/restore/audit", "Restore audit log", "ADMIN MANAGER"),
            new RouteAccess("/admin/users", "Users", "ADMIN"), new RouteAccess("/admin/rpo", "RPO targets", "ADMIN"));

    record RouteAccess(String path, String title, String roles) {

        boolean allows(String role) {
            return List.of(roles.split(" ")).contains(role);
        }
    }

    /** Typing each address: the view opens for the roles it names and is refused to every other. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"ADMIN, admin, admin-e2e-password", "OPERATOR, operator, operator-demo-pw",
            "HELPDESK, helpdesk, helpdesk-demo-pw", "MANAGER, manager, manager-demo-pw"})
    void every_view_opens_for_the_roles_it_allows_and_is_refused_to_the_others(String role, String user,
            String password) {
        Page page = signIn(user, password);
        assertNavigation(role, page);
        for (RouteAccess route : ROUTES) {
            page.navigate(route.path());
            Chromium.awaitIdle(page);
            if (route.allows(role)) {
                assertThat(page).hasTitle(route.title());
                assertThat(page.getByText("This page is not available")).hasCount(0);
            } else {
                assertThat(page.getByText("This page is not available")).isVisible();
                assertThat(page).not().hasTitle(route.title());
            }
        }
        if (role.equals("OPERATOR") || role.equals("HELPDESK")) {
            // The inventory as the hub's real fixtures describe it (help desk's scope includes pgtest1).
            Chromium.openInApp(page, "/vms");
            assertThat(page.locator("vaadin-grid")).containsText("pgtest1");
            if (role.equals("OPERATOR")) {
                assertThat(page.locator("vaadin-grid")).containsText("web-server-01");
                assertThat(page.locator("vaadin-grid")).containsText("Databases");
                assertThat(page.locator("vaadin-grid")).containsText("107 GB");
                assertThat(page.locator("#hub-status")).containsText("v1.0.0");
            }
        }
        page.context().close();
    }

    /** The menu shows what the role may open: managers land on the dashboard; only admins see Users. */
    private static void assertNavigation(String role, Page page) {
        assertThat(nav(page, "Virtual machines")).isVisible();
        assertThat(nav(page, "Users")).hasCount(role.equals("ADMIN") ? 1 : 0);
        if (role.equals("MANAGER")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
            assertThat(nav(page, "RPO targets")).hasCount(0);
        }
    }

    @Test
    void wrong_password_is_refused_with_a_readable_message() {
        Page page = chromium.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("User name").fill("operator");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Wrong user name or password")).isVisible();
        assertThat(page.url()).contains("/login");
        page.context().close();
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }

    private static com.microsoft.playwright.Locator nav(Page page, String title) {
        return page.locator("vaadin-side-nav-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
    }

    private static void serve(String path, String fixture) {
        hub.stubFor(get(urlPathEqualTo(path)).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/hub", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
