package com.sendense.console.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * axe-core over every view of the console, in the light and the dark theme, as each role, against the
 * demo world: no serious or critical WCAG 2.1 A/AA violation. Every finding, minor ones included, is
 * written to {@code target/accessibility.md} (copied into docs/accessibility.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true",
        "console.admin.initial-password=admin-e2e-password"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    static final Map<String, String> PASSWORDS = Map.of("admin", "admin-e2e-password", "operator", "operator-demo-pw",
            "helpdesk", "helpdesk-demo-pw", "manager", "manager-demo-pw");

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    HubClient hubClient;
    @Autowired
    MountService mounts;

    /** page → what axe found there, per role and theme; kept in order for the report. */
    private final Map<String, List<Axe.Violation>> findings = new LinkedHashMap<>();

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "accessibility-it");
    }

    @AfterAll
    void writeReportAndStopHub() throws IOException {
        hub.close();
        Files.writeString(Path.of("target", "accessibility.md"), report());
    }

    private List<String> routes;

    @BeforeAll
    void pagesToVisit() {
        String vm = hubClient.vms().getFirst().vmName();
        String vmPath = URLEncoder.encode(vm, StandardCharsets.UTF_8).replace("+", "%20");
        String flow = hubClient.protectionFlows().getFirst().id();
        MountId mount = AdminMounts.mountFirstCompleted(hubClient, mounts, vm);
        routes = List.of("", "vms", "backups", "backups/running", "backups/vm/" + vmPath,
                "backups/vm/" + vmPath + "/chain", "protection", "protection/" + flow, "protection/groups",
                "protection/repositories", "protection/timeline", "restore", "restore/mounts", "restore/audit",
                "restore/" + mount.value() + "/files/", "admin/users", "admin/rpo", "admin/vcenter", "alerts",
                "admin/alerts/channels", "admin/alerts/log");
    }

    @Test
    void no_view_has_a_serious_or_critical_violation_for_any_role_in_either_theme() {
        List<String> serious = new ArrayList<>();
        for (String user : List.of("admin", "operator", "helpdesk", "manager")) {
            Page page = chromium.signIn("http://localhost:" + port, user, PASSWORDS.get(user));
            try {
                for (boolean dark : List.of(false, true)) {
                    if (dark) {
                        page.navigate("/"); // the last page may be a refusal, which has no user menu
                        Chromium.setDarkTheme(page, true);
                    }
                    for (String route : routes) {
                        Chromium.openInApp(page, "/" + route);
                        String where = user + " · " + (dark ? "dark" : "light") + " · /" + route;
                        List<Axe.Violation> found = Axe.check(page);
                        findings.put(where, found);
                        found.stream()
                                .filter(Axe.Violation::seriousOrWorse)
                                .forEach(v -> serious.add(where + ": " + v));
                    }
                }
                page.navigate("/");
                Chromium.setDarkTheme(page, false);
            } finally {
                page.context().close();
            }
        }
        assertThat(serious).isEmpty();
    }

    /**
     * The file browser's preview and compare dialogs, opened as their owner in both themes: a text file's preview, the
     * compare form and the compared folder.
     */
    @Test
    void the_preview_and_compare_dialogs_have_no_serious_or_critical_violation_in_either_theme() {
        MountId mount = AdminMounts.mountFirstCompleted(hubClient, mounts, hub.control().world().protectedVm());
        String folder = "/restore/" + mount.value() + "/files" + projectsFolder(mount);
        List<String> serious = new ArrayList<>();
        Page page = chromium.signIn("http://localhost:" + port, "admin", PASSWORDS.get("admin"));
        try {
            for (boolean dark : List.of(false, true)) {
                if (dark) {
                    page.navigate("/");
                    Chromium.setDarkTheme(page, true);
                }
                String theme = dark ? "dark" : "light";
                openFolder(page, folder);
                page.locator("vaadin-button.preview-row[aria-label=\"Preview Progress log.txt\"]").click();
                page.locator(".preview-text").waitFor();
                check(page, "admin · " + theme + " · preview dialog (text file)", serious);
                page.locator("vaadin-button.preview-close").click();

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Compare with")))
                        .click();
                page.locator(".compare-slots").waitFor();
                check(page, "admin · " + theme + " · compare dialog (form)", serious);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
                page.locator("vaadin-grid.compare-grid .compare-added").first().waitFor();
                check(page, "admin · " + theme + " · compare dialog (result)", serious);
                page.locator("vaadin-button.compare-close").click();
            }
            page.navigate("/");
            Chromium.setDarkTheme(page, false);
        } finally {
            page.context().close();
        }
        assertThat(serious).isEmpty();
    }

    private void check(Page page, String where, List<String> serious) {
        Chromium.awaitIdle(page);
        List<Axe.Violation> found = Axe.check(page);
        findings.put(where, found);
        found.stream().filter(Axe.Violation::seriousOrWorse).forEach(v -> serious.add(where + ": " + v));
    }

    private static void openFolder(Page page, String folder) {
        page.navigate(folder);
        page.locator("vaadin-grid.file-grid .file-name").first().waitFor();
    }

    /** A user's Documents/Projects, where the simulator keeps a progress log and adds a stand-up note each night. */
    private String projectsFolder(MountId mount) {
        return AdminMounts.userHome(hubClient, mount,
                home -> AdminMounts.holds(hubClient, mount, home + "/Documents/Projects", "Progress log.txt"))
                + "/Documents/Projects";
    }

    private String report() {
        var out = new StringBuilder("# axe-core " + Axe.VERSION + " findings (WCAG 2.1 A and AA)\n\n");
        out.append("| Page (role · theme · route) | Rule | Impact | Elements | Example |\n|---|---|---|---|---|\n");
        findings.forEach((where, found) -> {
            if (found.isEmpty()) {
                out.append("| ").append(where).append(" | none | | | |\n");
            }
            for (Axe.Violation v : found) {
                out.append("| ")
                        .append(where)
                        .append(" | ")
                        .append(v.rule())
                        .append(" | ")
                        .append(v.impact())
                        .append(" | ")
                        .append(v.nodes())
                        .append(" | `")
                        .append(v.example().replace("|", "\\|"))
                        .append("` |\n");
            }
        });
        return out.toString();
    }
}
