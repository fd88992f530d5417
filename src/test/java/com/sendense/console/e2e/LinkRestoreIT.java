package com.sendense.console.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sendense.console.hub.DownloadMeta;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.MountService;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.reliability.BadInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 11 end to end: the simulator's Linux disk has {@code /srv/x -> /}, which the hub really
 * follows to its own files, and {@code /srv/www -> ../var/www}, which stays inside. In the browser
 * the console shows both as links, refuses the first with a sentence (double-click and deep link)
 * and opens the second's target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.protection.run-schedules=false", "console.demo-users=true", "console.demo-hub.enabled=false",
        "console.admin.initial-password=admin-e2e-password"})
class LinkRestoreIT {

    static final String REFUSAL = "\u201c/partition-1/srv/x\u201d is a link to \u201c/\u201d, an absolute path that the hub "
            + "would resolve on its own system, outside this backup";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    static final HubSimulator sim = HubSimulator.start(SimulatorConfig.defaults());

    @LocalServerPort
    int port;
    @Autowired
    HubClient hub;
    @Autowired
    MountService mounts;

    MountId mountId;

    @DynamicPropertySource
    static void hubUrl(DynamicPropertyRegistry registry) {
        SimulatedHub.use(registry, sim, "link-restore");
    }

    @AfterAll
    static void stopHub() {
        sim.close();
    }

    @BeforeEach
    void mount() {
        mountId = AdminMounts.mountFirstCompleted(hub, mounts, sim.control().world().linuxVm());
    }

    @Test
    @BadInput("symlink")
    void a_link_out_of_the_mount_is_shown_and_refused_and_a_harmless_one_opens_its_target() {
        // The hole is real: asked directly, the hub serves its own /etc/hostname through the link.
        var leaked = new ByteArrayOutputStream();
        hub.download(mountId, HubPath.of("/partition-1/srv/x/etc/hostname"), (DownloadMeta meta) -> leaked);
        assertThat(leaked.toString(StandardCharsets.UTF_8)).isEqualTo("sendense-hub\n");

        Page page = chromium.signIn("http://localhost:" + port, "operator", "operator-demo-pw");
        page.navigate("/restore/" + mountId + "/files/partition-1/srv");
        assertThat(row(page, "x").locator(".link-target")).hasText("→ / (not opened: outside this partition)");
        assertThat(row(page, "www").locator(".link-target")).hasText("→ /partition-1/var/www");
        assertThat(row(page, "x").locator("vaadin-icon")).hasAttribute("icon", "vaadin:link");

        row(page, "x").dblclick();
        assertThat(page.getByText(REFUSAL)).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/files/partition-1/srv$"));

        row(page, "www").dblclick();
        page.waitForURL(Pattern.compile(".*/files/partition-1/var/www$"));
        assertThat(row(page, "html")).isVisible();

        page.navigate("/restore/" + mountId + "/files/partition-1/srv/x/etc");
        assertThat(page.locator(".browser-problem")).containsText(REFUSAL);
        assertThat(page.locator("vaadin-grid.file-grid")).isHidden();
        page.context().close();
    }

    private static Locator row(Page page, String name) {
        return page.locator("vaadin-grid-cell-content .file-name")
                .filter(new Locator.FilterOptions().setHas(page.locator("span:text-is('" + name + "')")))
                .first();
    }
}
