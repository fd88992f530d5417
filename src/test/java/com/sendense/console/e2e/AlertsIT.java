package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Alerts end to end: an administrator sets up an e-mail channel pointing at a real SMTP server
 * (GreenMail) and sends a test, an operator subscribes, a backup fails in the simulator (every backup of
 * this simulator fails), and the operator's e-mail arrives. Writes alerts-channels.png and
 * alerts-subscriptions.png to docs/images.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password", "console.alerts.detect-interval=2s",
        "console.alerts.send-interval=1s", "console.alerts.look-back=10m"})
class AlertsIT {

    static final Path IMAGES = Path.of("docs/images");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults()
            .withAuth(false)
            .withBackups(Duration.ofMillis(200), 20L << 30, 1.0, Duration.ofMinutes(5)));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:alerts-it;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void an_admin_sets_up_mail_a_user_subscribes_and_a_failed_backup_reaches_them() throws Exception {
        Page admin = chromium.signIn("http://localhost:" + port, "admin", "admin-e2e-password");
        admin.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Alert channels")).click();
        admin.waitForURL(url -> url.endsWith("/admin/alerts/channels"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add e-mail channel")).click();
        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Office mail");
        admin.getByLabel("SMTP server").fill("localhost");
        admin.getByLabel("Port").fill(Integer.toString(smtp.getSmtp().getPort()));
        admin.getByLabel("Require TLS (STARTTLS)").click();
        admin.getByLabel("Sender address").fill("console@sendense.test");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.locator("vaadin-grid")).containsText("Office mail");

        admin.getByLabel("Send e-mail tests to").fill("admin@example.com");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test")).click();
        assertThat(admin.getByText("accepted by the server", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Sendense Console: test message");
        shot(admin, "alerts-channels.png");

        Page operator = chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
        operator.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Alerts"))
                .first()
                .click();
        operator.waitForURL(url -> url.endsWith("/alerts"));
        operator.getByLabel("Your e-mail address").fill("operator@example.com");
        operator.getByLabel("Backup failed").click();
        operator.getByLabel("Scheduled run failed").click();
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(operator.getByText("Your alert settings are saved.")).isVisible();
        shot(operator, "alerts-subscriptions.png");

        String repository = hub.control().world().localRepositoryId();
        var started = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/v1/backups"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"vm_name\":\"web-01\",\"backup_type\":\"full\","
                                + "\"repository_id\":\"" + repository + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isLessThan(300);

        MimeMessage alert = null;
        for (int count = 2; alert == null && count < 20 && smtp.waitForIncomingEmail(90_000, count); count++) {
            alert = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> hasRecipient(m, "operator@example.com")
                            && subject(m).equals("Backup of web-01 failed"))
                    .findFirst()
                    .orElse(null);
        }
        assertThat(alert).as("the operator's alert e-mail").isNotNull();

        admin.navigate("/admin/alerts/log");
        assertThat(admin.locator("vaadin-grid")).containsText("Backup failed: web-01");
        assertThat(admin.locator("vaadin-grid")).containsText("Sent");
        shot(admin, "alerts-delivery-log.png");
        admin.context().close();
        operator.context().close();
    }

    private static boolean hasRecipient(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static void shot(Page page, String name) throws Exception {
        Files.createDirectories(IMAGES);
        Chromium.awaitIdle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }
}
