package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.testsupport.AsAdmin;
import com.sendense.console.users.NewUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.UserService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator changes an account in one browser while its user has a page open in another:
 * a change to the user's rights sends the open tab to the sign-in page by itself (server push, no
 * click), a reload stays there, and signing in again works once allowed; a new display name
 * leaves the session alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class SessionEndIT {

    static final String PASSWORD = "first-password-1";
    /** Long enough for the push and the browser's navigation, far below the 30 s heartbeat. */
    static final double PUSHED = 10_000;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "session-end-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void disabling_sends_the_open_tab_to_sign_in_and_re_enabling_lets_the_user_back() {
        String user = newUser(Role.OPERATOR);
        Page tab = openRunningBackups(user, PASSWORD);
        Page admin = adminOnUsers();

        editUser(admin, user);
        admin.getByText("Enabled: may sign in").click();
        save(admin, "Save", "User " + user + " saved");

        assertOnSignIn(tab);
        signInOn(tab, user, PASSWORD);
        assertThat(tab.getByText("Wrong user name or password")).isVisible();

        editUser(admin, user);
        admin.getByText("Enabled: may sign in").click();
        save(admin, "Save", "User " + user + " saved");
        signInOn(tab, user, PASSWORD);
        assertThat(tab.locator("#user-menu")).isVisible();
        closeAll(tab, admin);
    }

    @Test
    void a_new_role_sends_the_open_tab_to_sign_in_and_the_next_sign_in_has_the_new_role() {
        String user = newUser(Role.OPERATOR);
        Page tab = openRunningBackups(user, PASSWORD);
        Page admin = adminOnUsers();

        editUser(admin, user);
        admin.locator("vaadin-select").click();
        admin.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Manager")).click();
        save(admin, "Save", "User " + user + " saved");

        assertOnSignIn(tab);
        signInOn(tab, user, PASSWORD);
        // A manager lands on the dashboard and has no operator-only views.
        assertThat(tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
        assertThat(tab.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("RPO targets")))
                .hasCount(0);
        closeAll(tab, admin);
    }

    @Test
    void a_reset_password_sends_the_open_tab_to_sign_in_where_only_the_new_password_works() {
        String user = newUser(Role.OPERATOR);
        Page tab = openRunningBackups(user, PASSWORD);
        Page admin = adminOnUsers();

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset password of " + user)).click();
        admin.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("second-password-2");
        admin.getByLabel("Confirm new password").fill("second-password-2");
        save(admin, "Set password", "Password of " + user + " changed");

        assertOnSignIn(tab);
        signInOn(tab, user, PASSWORD);
        assertThat(tab.getByText("Wrong user name or password")).isVisible();
        signInOn(tab, user, "second-password-2");
        assertThat(tab.locator("#user-menu")).isVisible();
        closeAll(tab, admin);
    }

    @Test
    void a_new_vm_scope_sends_the_help_desk_users_open_tab_to_sign_in() {
        String user = newUser(Role.HELPDESK);
        Page tab = chromium.signIn(baseUrl(), user, PASSWORD);
        tab.navigate("/backups");
        assertThat(tab).hasTitle("Backup history");
        Page admin = adminOnUsers();

        editUser(admin, user);
        admin.getByLabel("VM name or pattern").fill("sql-*");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        save(admin, "Save", "User " + user + " saved");

        assertOnSignIn(tab);
        signInOn(tab, user, PASSWORD);
        assertThat(tab.locator("#user-menu")).isVisible();
        closeAll(tab, admin);
    }

    @Test
    void a_new_display_name_leaves_the_open_tab_signed_in() {
        String user = newUser(Role.OPERATOR);
        Page tab = openRunningBackups(user, PASSWORD);
        Page admin = adminOnUsers();

        editUser(admin, user);
        admin.getByLabel("Display name", new Page.GetByLabelOptions().setExact(true)).fill("Someone Else");
        save(admin, "Save", "User " + user + " saved");

        // A round trip through Vaadin and a full page load both still run as the user.
        tab.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Backup history")).click();
        assertThat(tab).hasTitle("Backup history");
        tab.reload();
        assertThat(tab).hasTitle("Backup history");
        assertThat(tab.locator("#user-menu")).isVisible();
        closeAll(tab, admin);
    }

    private String newUser(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
        AsAdmin.get(() -> users.create(new NewUser(name, "Session " + name, PASSWORD, role,
                role == Role.HELPDESK ? List.of("pg-*") : List.of())));
        return name;
    }

    private Page openRunningBackups(String user, String password) {
        Page tab = chromium.signIn(baseUrl(), user, password);
        Chromium.openInApp(tab, "/backups/running");
        assertThat(tab).hasTitle("Running backups");
        Chromium.awaitIdle(tab);
        return tab;
    }

    private Page adminOnUsers() {
        Page admin = chromium.signIn(baseUrl(), "admin", "admin-e2e-password");
        Chromium.openInApp(admin, "/admin/users");
        assertThat(admin).hasTitle("Users");
        return admin;
    }

    private static void editUser(Page admin, String user) {
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit " + user)).click();
        assertThat(admin.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("Edit user " + user).first())
                .isVisible();
    }

    private static void save(Page admin, String button, String confirmation) {
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        assertThat(admin.getByText(confirmation)).isVisible();
    }

    /** The tab lands on sign-in by itself (nothing is clicked in it), and a reload stays there. */
    private static void assertOnSignIn(Page tab) {
        assertThat(tab).hasURL(Pattern.compile("/login"), new PageAssertions.HasURLOptions().setTimeout(PUSHED));
        assertThat(tab.getByLabel("User name")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PUSHED));
        tab.reload();
        assertThat(tab).hasURL(Pattern.compile("/login"));
        assertThat(tab.getByLabel("User name")).isVisible();
    }

    private static void signInOn(Page tab, String user, String password) {
        tab.navigate("/login");
        tab.getByLabel("User name").fill(user);
        tab.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        Chromium.awaitIdle(tab);
    }

    private static void closeAll(Page... pages) {
        for (Page page : pages) {
            page.context().close();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
