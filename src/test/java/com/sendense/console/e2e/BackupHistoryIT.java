package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Backup history, recovery points and the CSV export in a real browser against the hub simulator
 * (a month of seeded history, token auth on). Also writes the screenshots in docs/images: these
 * views, and the sign-in page, the inventory in both themes and user administration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class BackupHistoryIT {

    static final Path IMAGES = Path.of("docs/images");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "backup-history-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void a_vms_history_and_recovery_points_open_from_the_inventory() throws Exception {
        Page page = signIn("operator", "operator-demo-pw");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Virtual machines")).click();
        page.waitForURL(url -> url.endsWith("/vms"));
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("pg-prod-01"))
                .first()
                .click();
        page.locator(".vm-backup-links a").filter(new Locator.FilterOptions().setHasText("Backup history")).click();

        page.waitForURL(url -> url.endsWith("/backups/vm/pg-prod-01"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backup history: pg-prod-01")))
                .isVisible();
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).containsText("Full");
        assertThat(grid).containsText("Incremental");
        assertThat(grid).containsText("Completed");
        assertThat(grid).containsText("Primary Local Repository");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recovery points")).click();
        page.waitForURL(url -> url.endsWith("/backups/vm/pg-prod-01/chain"));
        Locator tree = page.locator("vaadin-grid");
        assertThat(tree).containsText("Primary Local Repository");
        assertThat(tree).containsText("NAS Offsite");
        assertThat(tree).containsText("Mountable");
        assertThat(tree).containsText("Full of");
        shot(page, "backup-chain.png");

        // Operators can delete; the confirmation says what the hub really does. It opens on the safe
        // choice, so the Enter of someone still typing keeps the backup.
        page.navigate("/backups/vm/pg-prod-01");
        int rowsBefore = hubIds("vm_name=pg-prod-01").size();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Delete backup ")))
                .first()
                .click();
        Locator dialog = page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").last();
        assertThat(page.getByText("Repository space is NOT reclaimed", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it"))).isFocused();
        shot(page, "backup-delete-confirmation.png");
        page.keyboard().press("Enter");
        assertThat(dialog).isHidden();
        assertThat(hubIds("vm_name=pg-prod-01")).hasSize(rowsBefore);

        // A VM with failures shows their errors inline.
        page.navigate("/backups/vm/web-02");
        assertThat(page.locator("vaadin-grid")).containsText("Failed");
        shot(page, "backup-history-vm.png");
        page.context().close();
    }

    @Test
    void the_all_vm_history_filters_into_the_address_and_exports_exactly_the_filtered_rows() throws Exception {
        Page page = signIn("manager", "manager-demo-pw");
        page.navigate("/backups");
        assertThat(page.locator("vaadin-grid")).containsText("Completed");

        Locator vm = page.getByLabel("VM", new Page.GetByLabelOptions().setExact(true));
        vm.fill("web-02");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("web-02")).click();
        page.waitForURL(url -> url.contains("vm=web-02"));
        assertThat(page.locator("vaadin-combo-box[opened]")).hasCount(0);
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Any status")).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Failed")).click();

        page.waitForURL(url -> url.contains("vm=web-02") && url.contains("status=failed"));
        Locator summary = page.getByText(Pattern.compile("^\\d+ of \\d+ backups$"));
        assertThat(summary).isVisible();
        int shown = Integer.parseInt(summary.textContent().split(" ")[0]);
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Delete backup ")))).hasCount(0);
        shot(page, "backup-history.png");

        Download download = page.waitForDownload(() -> page.getByText("Export CSV").click());
        List<List<String>> records = parseCsv(Files.readString(download.path(), StandardCharsets.UTF_8));
        assertThat(download.suggestedFilename()).matches("backup-history-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(records.getFirst()).startsWith("backup_id", "vm_name", "type", "status");
        List<List<String>> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(shown).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("web-02");
            assertThat(r.get(3)).isEqualTo("failed");
            assertThat(r.get(6)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            assertThat(r.get(12)).isNotBlank();
        });
        // The same backups the hub lists for that VM and status.
        assertThat(rows.stream().map(r -> r.get(0)).sorted().toList())
                .isEqualTo(hubIds("vm_name=web-02&status=failed"));

        // The address alone reopens the same filtered list.
        String address = page.url();
        Page again = signIn("manager", "manager-demo-pw");
        again.navigate(address);
        assertThat(again.getByText(shown + " of ")).isVisible();
        assertThat(again.getByLabel("VM", new Page.GetByLabelOptions().setExact(true))).hasValue("web-02");
        again.context().close();
        page.context().close();
    }

    @Test
    void the_sign_in_page_the_inventory_in_light_and_dark_and_user_administration_for_the_documentation()
            throws IOException {
        Page visitor = chromium.newPage("http://localhost:" + port);
        visitor.navigate("/login");
        assertThat(visitor.getByLabel("User name")).isVisible();
        shot(visitor, "login.png");
        visitor.context().close();

        Page operator = signIn("operator", "operator-demo-pw");
        operator.navigate("/vms");
        Locator grid = operator.locator("vaadin-grid");
        assertThat(grid).containsText("pg-prod-01");
        assertThat(grid).containsText("Protected by");
        shot(operator, "vm-list-light.png");
        Chromium.setDarkTheme(operator, true);
        shot(operator, "vm-list-dark.png");
        // Remembered for the user: a new session starts dark; switched back for the other tests.
        Page again = signIn("operator", "operator-demo-pw");
        again.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme.includes('dark')");
        Chromium.setDarkTheme(again, false);
        again.context().close();
        operator.context().close();

        Page admin = signIn("admin", "admin-e2e-password");
        admin.navigate("/admin/users");
        assertThat(admin.locator("vaadin-grid")).containsText("helpdesk");
        shot(admin, "admin-users.png");
        admin.context().close();
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }

    private static void shot(Page page, String name) throws IOException {
        Files.createDirectories(IMAGES);
        Chromium.awaitIdle(page);
        page.waitForTimeout(1000);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }

    private static List<String> hubIds(String query) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/api/v1/backups?" + query)).build(),
                        HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"backup_id\":\"([^\"]+)\"").matcher(response.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids.stream().sorted().toList();
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
