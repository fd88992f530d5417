package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.reliability.BadInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo world's VMs named {@code web "quoted" 01 – Zürich <test>} and a 120-character name, on
 * every page of the console in a real browser: shown literally (no element made from the name),
 * links that round-trip through the address bar and a reload, and grids that stay on screen. The same for a
 * group and a flow given markup names in the console, and for awkward file names and file text in the file
 * browser, search, preview and compare.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true",
        "console.admin.initial-password=admin-e2e-password"})
class HostileNamesIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());
    static final String MARKUP = "web \"quoted\" 01 – Zürich <test>";

    @LocalServerPort
    int port;
    @Autowired
    HubClient hubClient;
    @Autowired
    MountService mounts;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "hostile-names-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    static List<String> hostileVms() {
        List<String> names = hub.control().world().hostileNamedVms();
        assertThat(names).contains(MARKUP).anyMatch(n -> n.length() == 120);
        return names.stream().filter(n -> n.equals(MARKUP) || n.length() == 120).toList();
    }

    @ParameterizedTest
    @MethodSource("hostileVms")
    @BadInput("unicode and long names")
    void inventory_history_chain_and_all_vm_history_show_the_name_and_their_links_round_trip(String vm) {
        asOperator(String.valueOf(vm.length()), page -> {
            page.navigate("/vms");
            page.locator("input[placeholder='Search name, OS, group…']")
                    .fill(vm.contains("Zürich") ? "Zürich" : vm.substring(60, 90));
            assertThat(page.getByText(Pattern.compile("^1 of \\d+ VMs$"))).isVisible();
            Locator cell = page.locator("vaadin-grid-cell-content .clipped-text")
                    .filter(new Locator.FilterOptions().setHasText(vm));
            assertThat(cell.first()).hasAttribute("title", vm);
            assertLiteral(page, vm);
            assertGridsFit(page, vm);
            cell.first().click();
            assertThat(page.locator(".vm-details")).containsText(vm);

            page.locator(".vm-backup-links a").filter(new Locator.FilterOptions().setHasText("Backup history")).click();
            page.waitForURL(Pattern.compile(".*/backups/vm/[^/]+$"));
            assertHeading(page, "Backup history: " + vm);
            assertThat(page.locator("vaadin-grid")).containsText("Completed");
            assertLiteral(page, vm);
            assertGridsFit(page, vm);
            page.reload();
            assertHeading(page, "Backup history: " + vm);
            assertThat(page.locator("vaadin-grid")).containsText("Completed");

            toolbarLink(page, "Recovery points").click();
            page.waitForURL(Pattern.compile(".*/backups/vm/[^/]+/chain$"));
            assertHeading(page, "Recovery points: " + vm);
            assertThat(page.locator("vaadin-grid")).containsText("Primary Local Repository");
            assertThat(page.locator("body")).not().containsText("No VM named");
            page.reload();
            assertHeading(page, "Recovery points: " + vm);
            assertThat(page.locator("vaadin-grid")).containsText("Mountable");
            assertLiteral(page, vm);
            assertGridsFit(page, vm);

            toolbarLink(page, "Backup history").click();
            page.waitForURL(Pattern.compile(".*/backups/vm/[^/]+$"));
            assertHeading(page, "Backup history: " + vm);
            toolbarLink(page, "All VMs").click();
            page.waitForURL(url -> url.contains("/backups?vm="));
            assertThat(page.getByLabel("VM", new Page.GetByLabelOptions().setExact(true))).hasValue(vm);
            assertThat(page.locator("vaadin-grid-cell-content .clipped-text")
                    .filter(new Locator.FilterOptions().setHasText(vm))
                    .first()).hasAttribute("title", vm);
            assertLiteral(page, vm);
            assertGridsFit(page, vm);
            page.reload();
            assertThat(page.getByLabel("VM", new Page.GetByLabelOptions().setExact(true))).hasValue(vm);
        });
    }

    @Test
    @BadInput("markup in hub strings")
    void a_backup_of_the_vm_runs_and_shows_in_running_backups_and_the_dashboard() {
        asOperator("backup", page -> {
            page.navigate("/vms?q=" + URLEncoder.encode("Zürich", StandardCharsets.UTF_8));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Backup now: " + MARKUP).setExact(true))
                    .click();
            Locator wizard = page.locator("vaadin-dialog").last();
            Chromium.choose(page, "#wizard-repository", "Primary Local Repository");
            assertLiteral(page, MARKUP);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
            assertThat(wizard.locator("#wizard-disks")).containsText("Disk 0");
            page.locator("#wizard-start").click();
            page.locator("#job-progress")
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(40_000));
            assertLiteral(page, MARKUP);
            page.locator("#job-close").click();

            page.navigate("/backups/running");
            assertThat(page.locator("vaadin-grid-cell-content .clipped-text")
                    .filter(new Locator.FilterOptions().setHasText(MARKUP))
                    .first()).hasAttribute("title", MARKUP);
            assertLiteral(page, MARKUP);
            assertGridsFit(page, MARKUP);

            page.navigate("/");
            assertThat(page.locator(".posture-table")).containsText(MARKUP);
            assertLiteral(page, MARKUP);
            Object inChart = page.evaluate("name => [...document.querySelectorAll('.svg-chart title')]"
                    + ".some(t => t.textContent.includes(name))", MARKUP);
            assertThat(inChart).as("the day strip's title names the VM as text").isEqualTo(true);
        });
    }

    @Test
    @BadInput("markup in hub strings")
    void the_restore_wizard_mounts_a_backup_of_the_vm_and_active_mounts_names_it() {
        asOperator("restore", page -> {
            page.navigate("/restore?vm=" + URLEncoder.encode(MARKUP, StandardCharsets.UTF_8));
            assertThat(page.getByText("Recovery point of " + MARKUP)).isVisible();
            assertLiteral(page, MARKUP);
            Locator first = page.locator(".restore-step-body vaadin-grid")
                    .locator("#items tr td")
                    .filter(new Locator.FilterOptions().setVisible(true))
                    .first();
            first.click();
            page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Disk 0")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mount and browse")).click();
            page.waitForURL(Pattern.compile(".*/restore/[0-9a-f-]{36}/files.*"),
                    new Page.WaitForURLOptions().setTimeout(60_000));
            assertThat(page.locator("body")).containsText(MARKUP);
            assertLiteral(page, MARKUP);

            page.navigate("/restore/mounts");
            assertThat(page.locator("vaadin-grid-cell-content .clipped-text")
                    .filter(new Locator.FilterOptions().setHasText(MARKUP))
                    .first()).hasAttribute("title", MARKUP);
            assertLiteral(page, MARKUP);
            assertGridsFit(page, MARKUP);
        });
    }

    @Test
    @BadInput("markup in names the console is given")
    void a_group_and_a_flow_named_with_markup_hold_and_run_hostile_vms_shown_literally() {
        String group = "Web \"EU\" – Köln <test> & co";
        String flow = "Nightly <test> \"EU\" – Köln";
        String longVm = hostileVms().stream().filter(n -> n.length() == 120).findFirst().orElseThrow();
        String umlautVm = hub.control()
                .world()
                .hostileNamedVms()
                .stream()
                .filter(n -> n.contains("ü") && !n.contains("<"))
                .findFirst()
                .orElseThrow();
        asOperator("protection", page -> {
            page.navigate("/protection/groups");
            page.locator("#group-new").click();
            page.locator("#group-name input").fill(group);
            page.locator("#group-save").click();
            assertThat(page.locator("#groups-grid")).containsText(group);
            assertLiteral(page, group);
            assertGridsFit(page, group);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Members of " + group).setExact(true))
                    .click();
            for (String vm : List.of(longVm.substring(0, 40), umlautVm)) {
                page.locator("#group-candidates input").fill(vm);
                page.locator("vaadin-multi-select-combo-box-item")
                        .filter(new Locator.FilterOptions().setHasText(vm))
                        .first()
                        .click();
            }
            page.locator("#group-candidates").evaluate("combo => combo.opened = false");
            page.locator("#group-add").click();
            assertThat(page.locator("#group-members")).containsText(umlautVm);
            assertThat(page.locator("#group-members")).containsText(longVm);
            assertLiteral(page, group);
            assertGridsFit(page, longVm);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).click();

            page.navigate("/protection");
            page.locator("#flows-new").click();
            page.locator("#flow-name input").fill(flow);
            page.locator("#flow-target input").fill("Köln");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(group)).click();
            Chromium.choose(page, "#flow-repository", "Primary Local Repository");
            assertLiteral(page, group);
            page.locator("#flow-save").click();
            page.locator("#flow-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(page.locator("#flows")).containsText(flow);
            assertLiteral(page, flow);
            assertGridsFit(page, flow);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(flow).setExact(true)).click();
            page.waitForURL(Pattern.compile(".*/protection/[^/?]+$"));
            assertThat(page.locator("body")).containsText(flow);
            page.reload();
            assertThat(page.locator("body")).containsText(flow);
            page.locator("#flow-run-now").click();
            Locator runs = page.locator("#flow-runs");
            assertThat(runs).containsText("Run now", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(runs).containsText(umlautVm, new LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
            assertThat(runs).containsText(longVm);
            assertLiteral(page, flow);
            assertGridsFit(page, longVm);
        });
    }

    /**
     * File names as awkward as Windows allows, and file text with markup: the simulator's project folder holds
     * {@code Angebot Müller & Söhne – 'Q3' [final] #1 (50% off).txt} (changed each day, its text holds a script
     * tag) and a 120-character name. Browsed, searched, previewed and compared, each shown as text.
     */
    @Test
    @BadInput("markup in hub strings")
    void hostile_file_names_and_file_text_are_browsed_searched_previewed_and_compared_literally() {
        String offer = "Angebot Müller & Söhne – 'Q3' [final] #1 (50% off).txt";
        MountId mount = AdminMounts.mountFirstCompleted(hubClient, mounts, hub.control().world().protectedVm());
        String projects = AdminMounts.userHome(hubClient, mount,
                home -> AdminMounts.holds(hubClient, mount, home + "/Documents/Projects", offer))
                + "/Documents/Projects";
        String longName = AdminMounts.entries(hubClient, mount, projects)
                .stream()
                .map(FileEntry::name)
                .filter(n -> n.length() == 120)
                .findFirst()
                .orElseThrow();
        asOperator("files", page -> {
            page.navigate("/restore/" + mount.value() + "/files" + projects);
            Locator files = page.locator("vaadin-grid.file-grid");
            assertThat(files.locator(".file-name").filter(new Locator.FilterOptions().setHasText(offer))).hasCount(1);
            assertThat(files.locator(".file-name").filter(new Locator.FilterOptions().setHasText(longName)))
                    .hasCount(1);
            assertGridsFit(page, offer);
            page.reload();
            assertThat(files.locator(".file-name").filter(new Locator.FilterOptions().setHasText(offer))).hasCount(1);

            page.locator("vaadin-button.preview-row[aria-label=\"Preview " + offer + "\"]").click();
            Locator text = page.locator(".preview-text");
            assertThat(text).containsText("<script>alert('x')</script>");
            assertThat(text).containsText("<b>fett?</b>");
            assertThat(page.evaluate("() => document.querySelectorAll('.preview-text script, .preview-text b').length"))
                    .isEqualTo(0);
            page.locator("vaadin-button.preview-close").click();

            page.locator("vaadin-text-field.search-pattern input").fill("Müller & Söhne – 'Q3' [final]");
            page.locator("vaadin-select.search-scope").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("This folder and below")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            assertThat(page.locator("vaadin-grid.search-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(offer))
                    .first()).isVisible();
            assertThat(page.locator(".search-progress")).containsText("Done: ");
            assertGridsFit(page, offer);

            page.navigate("/restore/" + mount.value() + "/files" + projects);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Compare with")))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
            Locator compared = page.locator("vaadin-grid.compare-grid");
            assertThat(compared.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(offer))
                    .first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertGridsFit(page, offer);
            page.locator("vaadin-button.compare-close").click();
        });
    }

    /** Runs {@code steps} in an operator's browser; a failure leaves {@code target/hostile-names-<shot>.png}. */
    private void asOperator(String shot, Consumer<Page> steps) {
        Page page = signIn("operator", "operator-demo-pw");
        try {
            steps.accept(page);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/hostile-names-" + shot + ".png")));
            throw e;
        } finally {
            page.context().close();
        }
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }

    private static Locator toolbarLink(Page page, String text) {
        return page.locator(".view-toolbar a").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static void assertHeading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true)))
                .isVisible();
    }

    /** The page shows the name as text and made no element of its {@code <test>}. */
    private static void assertLiteral(Page page, String name) {
        assertThat(page.locator("body")).containsText(name);
        assertThat(page.evaluate("() => document.querySelectorAll('test').length")).isEqualTo(0);
    }

    /**
     * No grid scrolls sideways or ends past the window, and a long name is cut with an ellipsis. A
     * few pixels are allowed: the inventory's frozen columns overhang by 2 px with any names.
     */
    private static void assertGridsFit(Page page, String name) {
        Chromium.awaitIdle(page);
        Object overflow = page.evaluate(
                """
                        () => [...document.querySelectorAll('vaadin-grid')].filter(g => g.checkVisibility()).flatMap(g => {
                          const t = g.shadowRoot.querySelector('#table');
                          const out = [];
                          if (t.scrollWidth > t.clientWidth + 4) out.push('a grid scrolls sideways: ' + t.scrollWidth + ' > ' + t.clientWidth);
                          if (g.getBoundingClientRect().right > window.innerWidth + 1) out.push('a grid ends past the window');
                          return out;
                        })""");
        assertThat((List<?>) overflow).isEmpty();
        if (name.length() == 120) {
            Object clipped = page.evaluate("name => [...document.querySelectorAll('.clipped-text')]"
                    + ".filter(e => e.title === name && e.checkVisibility())"
                    + ".reduce((ok, e, i, all) => all.some(c => c.scrollWidth > c.clientWidth), true)", name);
            assertThat(clipped).as("the long name ends in an ellipsis").isEqualTo(true);
        }
    }
}
