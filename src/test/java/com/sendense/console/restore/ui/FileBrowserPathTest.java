package com.sendense.console.restore.ui;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The path field and URLs take paths as people write them (issue 13); breadcrumbs always show where they lead. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class FileBrowserPathTest extends SpringBrowserlessTest {

    static final String FINANCE = "/partition-2/Shares/Finance " + HostileNames.UMLAUT;

    String mount;

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.listedPaths.clear();
        hub.withFolder("/",
                new FileEntry("Partition 1 - System\\x20Reserved (500.0 MB)", HubPath.of("/partition-1"),
                        EntryType.DIRECTORY, 524_288_000L, "0755", null, false, null),
                new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"), EntryType.DIRECTORY,
                        108_876_496_896L, "0755", null, false, null));
        hub.withFolder("/partition-1", dir("/partition-1/Boot"));
        hub.withFolder("/partition-2", dir("/partition-2/Shares"), dir("/partition-2/Users"));
        hub.withFolder("/partition-2/Users");
        hub.withFolder("/partition-2/Shares", dir(FINANCE));
        hub.withFolder(FINANCE, file(FINANCE + "/Q3-forecast.xlsx", 4096));
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
    }

    /** The fake hub is shared by every test of this Spring context: leave no partitions behind for the next class. */
    @AfterEach
    void forgetFolders() {
        hub.folders.clear();
    }

    FileBrowserView open(String path) {
        UI.getCurrent().navigate("restore/" + mount + "/files" + path);
        return (FileBrowserView) getCurrentView();
    }

    void type(FileBrowserView view, String path) {
        test(view.pathBar.edit).click();
        view.pathBar.pathField.setValue(path);
        ComponentUtil.fireEvent(view.pathBar.pathField, new KeyPressEvent(view.pathBar.pathField, "Enter"));
    }

    String location() {
        return RestoreUiTestSupport.currentPath().substring(("restore/" + mount + "/files").length());
    }

    List<String> crumbs(FileBrowserView view) {
        return view.pathBar.crumbs.getChildren()
                .filter(RouterLink.class::isInstance)
                .map(c -> ((RouterLink) c).getText())
                .toList();
    }

    @Test
    void the_hubs_own_form_still_opens_the_folder() {
        FileBrowserView view = open("/partition-2/Users");
        type(view, FINANCE);

        assertThat(view.pathBar.pathField.getValue()).isEqualTo(FINANCE);
        assertThat(view.pathBar.pathField.isInvalid()).isFalse();
    }

    @Test
    void a_path_from_the_partitions_root_opens_in_the_open_partition_with_the_right_breadcrumbs() {
        FileBrowserView view = open("/partition-2/Users");
        type(view, "/Shares/Finance " + HostileNames.UMLAUT + "/");

        assertThat(view.pathBar.pathField.getValue()).isEqualTo(FINANCE);
        assertThat(crumbs(view)).containsExactly("All partitions", "Partition 2 (101.4 GB)", "Shares",
                "Finance " + HostileNames.UMLAUT);
    }

    @Test
    void a_windows_path_with_a_drive_letter_and_backslashes_opens_the_partition_that_can_have_the_letter() {
        FileBrowserView view = open("/partition-1/Boot");
        type(view, "D:\\Shares\\Finance " + HostileNames.UMLAUT);

        assertThat(view.pathBar.pathField.getValue()).isEqualTo(FINANCE);
        assertThat(view.grid.matchingCount()).isEqualTo(1);
    }

    @Test
    void a_relative_path_and_a_files_path_open_the_folder_that_holds_it() {
        FileBrowserView view = open("/partition-2/Shares");
        type(view, "Finance " + HostileNames.UMLAUT + "\\Q3-forecast.xlsx");

        assertThat(view.pathBar.pathField.getValue()).isEqualTo(FINANCE);
    }

    @Test
    void a_path_that_does_not_exist_says_what_was_tried_and_stays_put() {
        FileBrowserView view = open("/partition-2/Shares");
        type(view, "Finanzen\\2025");

        assertThat(location()).isEqualTo("/partition-2/Shares");
        assertThat(view.pathBar.pathField.isInvalid()).isTrue();
        assertThat(view.pathBar.pathField.getErrorMessage()).contains("\u201cFinanzen\\2025\u201d does not exist")
                .contains("/partition-2/Shares/Finanzen/2025")
                .contains("/partition-2/Finanzen/2025");
    }

    @Test
    @BadInput("path traversal")
    void dot_dot_that_climbs_out_of_the_mount_is_refused_and_never_reaches_the_hub() {
        FileBrowserView view = open("/partition-2/Shares");
        hub.listedPaths.clear();
        type(view, "..\\..\\..\\..\\etc");

        assertThat(view.pathBar.pathField.isInvalid()).isTrue();
        assertThat(view.pathBar.pathField.getErrorMessage()).contains("climbs above the disk's root");
        assertThat(hub.listedPaths).noneMatch(p -> p.contains("etc"));
    }

    @Test
    @BadInput("control characters in a path")
    void a_nul_in_the_path_is_refused() {
        FileBrowserView view = open("/partition-2/Shares");
        type(view, "Finance\u0000/../../etc");

        assertThat(view.pathBar.pathField.getErrorMessage()).contains("control character");
    }

    @Test
    @BadInput("malformed deep link")
    void a_url_with_a_path_as_people_write_it_opens_the_folder_it_means() {
        FileBrowserView view = open("/Shares");

        assertThat(location()).isEqualTo("/partition-2/Shares");
        assertThat(crumbs(view)).containsExactly("All partitions", "Partition 2 (101.4 GB)", "Shares");
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    @BadInput("malformed deep link")
    void a_url_to_a_folder_that_does_not_exist_never_shows_it_as_a_partition() {
        FileBrowserView view = open("/Nowhere/Else");

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getElement().getTextRecursively()).contains("does not exist");
        assertThat(crumbs(view)).doesNotContain("Nowhere");
    }
}
