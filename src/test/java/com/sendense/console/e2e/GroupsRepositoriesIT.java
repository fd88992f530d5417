package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Machine groups and repositories in a real browser against the hub simulator's demo world: a
 * group sized at two VMs is filled, says so, loses a member, is renamed and deleted (emptied after a
 * second confirmation); a local repository is tested, created and listed; a repository that held
 * backups is refused before the hub is asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class GroupsRepositoriesIT {

    static final Path IMAGES = Path.of("docs/images");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, hub, "groups-repos-it");
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @Test
    void an_operator_sizes_fills_renames_and_deletes_a_group() {
        Page page = signIn("operator", "operator-demo-pw");
        page.navigate("/protection/groups");
        Locator grid = page.locator("#groups-grid");
        assertThat(grid).containsText("Nightly web");
        Chromium.awaitIdle(page);
        screenshot(page, "protection-groups.png");

        page.locator("#group-new").click();
        page.locator("#group-name input").fill("E2E web");
        page.locator("#group-max-vms input").fill("2");
        page.locator("#group-save").click();
        assertThat(grid).containsText("E2E web");

        button(page, "Members of E2E web").click();
        assertThat(page.locator("#group-capacity")).hasText("This group holds at most 2 VMs; 2 free slots.");
        choose(page, "sql-prod-01");
        choose(page, "pg-prod-01");
        page.locator("#group-candidates").evaluate("combo => combo.opened = false");
        page.locator("#group-add").click();
        assertThat(page.locator("#group-capacity"))
                .hasText("This group holds at most 2 VMs; no free slot. Raise its size limit (Edit) to add more.");
        assertThat(page.locator("#group-members")).containsText("pg-prod-01");
        Chromium.awaitIdle(page);
        screenshot(page, "protection-group-members.png");

        button(page, "Remove sql-prod-01 from the group").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove").setExact(true)).click();
        assertThat(page.locator("#group-capacity")).hasText("This group holds at most 2 VMs; 1 free slot.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).click();
        assertThat(grid).containsText("1 / 2");

        button(page, "Edit E2E web").click();
        page.locator("#group-name input").fill("E2E web tier");
        page.locator("#group-save").click();
        assertThat(grid).containsText("E2E web tier");

        button(page, "Delete E2E web tier").click();
        assertThat(page.locator("vaadin-confirm-dialog").last()).containsText("The group has 1 member");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove members first…")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove and delete")).click();
        assertThat(grid).not().containsText("E2E web tier");
        assertThat(grid).containsText("Nightly web");
        page.context().close();
    }

    @Test
    void an_operator_creates_a_local_repository_and_cannot_delete_one_that_held_backups() throws Exception {
        Page page = signIn("operator", "operator-demo-pw");
        page.navigate("/protection/repositories");
        Locator grid = page.locator("#repositories-grid");
        assertThat(grid).containsText("Primary Local Repository");
        Chromium.awaitIdle(page);
        screenshot(page, "protection-repositories.png");

        Path folder = Files.createTempDirectory("e2e-repo");
        page.locator("#repository-new").click();
        page.locator("#repository-name input").fill("E2E local");
        page.locator("#repository-path input").fill(folder.toString());
        assertThat(page.locator("#repository-create")).isDisabled();
        page.locator("#repository-test").click();
        assertThat(page.locator("#repository-result")).containsText("wrote and removed a test file");
        page.locator("#repository-create").click();
        assertThat(page.locator("#repositories-status")).containsText("Created E2E local");
        assertThat(grid).containsText("E2E local");

        button(page, "Delete Primary Local Repository").click();
        assertThat(page.locator("#repositories-status")).containsText("Primary Local Repository has held");
        assertThat(page.locator("#repositories-status")).containsText("so the hub will not delete it");
        page.context().close();
    }

    private Page signIn(String user, String password) {
        return chromium.signIn("http://localhost:" + port, user, password);
    }

    private static Locator button(Page page, String label) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static void choose(Page page, String vm) {
        page.locator("#group-candidates input").fill(vm);
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(vm))
                .first()
                .click();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }
}
