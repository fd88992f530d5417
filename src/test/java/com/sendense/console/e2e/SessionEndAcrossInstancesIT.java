package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.Application;
import com.sendense.console.testsupport.AsAdmin;
import com.sendense.console.users.NewUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.UserService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two console instances on one database: an account disabled on one ends its user's open tab on
 * the other, which hears of no event and only sees the changed stamp, at the tab's next round
 * trip (here a heartbeat, shortened so that the test needs no half-minute wait).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class SessionEndAcrossInstancesIT {

    static final String DATABASE = "jdbc:h2:mem:session-end-across-it;DB_CLOSE_DELAY=-1";
    static final int HEARTBEAT_SECONDS = 3;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());
    static ConfigurableApplicationContext other;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("hub.appliance-token", () -> SimulatorConfig.APPLIANCE_TOKEN);
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    @BeforeAll
    static void startTheOtherInstance() {
        // Arguments, not default properties: application.properties would override those.
        other = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + DATABASE, "--spring.jmx.enabled=false", "--hub.base-url=" + hub.baseUrl(),
                "--hub.appliance-token=" + SimulatorConfig.APPLIANCE_TOKEN, "--console.demo-users=true",
                "--console.demo-hub.enabled=false", "--console.admin.initial-password=admin-e2e-password",
                "--vaadin.heartbeatInterval=" + HEARTBEAT_SECONDS);
    }

    @AfterAll
    static void stopAll() {
        if (other != null) {
            other.close();
        }
        hub.close();
    }

    @Test
    void an_account_disabled_on_one_instance_ends_its_open_tab_on_the_other() {
        String user = "operator-across";
        AsAdmin.run(() -> users
                .create(new NewUser(user, "Across Instances", "first-password-1", Role.OPERATOR, List.of())));
        int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
        Page tab = chromium.signIn("http://localhost:" + otherPort, user, "first-password-1");
        tab.navigate("/backups/running");
        assertThat(tab).hasTitle("Running backups");

        Page admin = chromium.signIn("http://localhost:" + port, "admin", "admin-e2e-password");
        admin.navigate("/admin/users");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit " + user)).click();
        admin.getByText("Enabled: may sign in").click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(admin.getByText("User " + user + " saved")).isVisible();

        // The other instance's stamp cache (5 s) and one heartbeat, with room for a slow machine.
        assertThat(tab).hasURL(Pattern.compile("/login"), new PageAssertions.HasURLOptions().setTimeout(30_000));
        tab.reload();
        assertThat(tab).hasURL(Pattern.compile("/login"));
        assertThat(tab.getByLabel("User name")).isVisible();
        tab.context().close();
        admin.context().close();
    }

}
