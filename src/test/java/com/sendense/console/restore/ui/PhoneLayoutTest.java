package com.sendense.console.restore.ui;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The file browser on a phone: compact grid rows and breadcrumbs folded into a menu (issue 14). */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class PhoneLayoutTest extends SpringBrowserlessTest {

    String mount;

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.withFolder("/", new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"), EntryType.DIRECTORY,
                108_876_496_896L, "0755", null, false, null));
        hub.withFolder("/partition-2", dir("/partition-2/Users"), file("/partition-2/pagefile.sys", 1L << 32));
        hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice.morgan"));
        hub.withFolder("/partition-2/Users/alice.morgan", file("/partition-2/Users/alice.morgan/report.pdf", 2048));
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
    }

    FileBrowserView open(String path) {
        UI.getCurrent().navigate("restore/" + mount + "/files" + path);
        return (FileBrowserView) getCurrentView();
    }

    @Test
    void a_phone_shows_one_compact_column_beside_the_checkbox_and_the_preview_button() {
        FileBrowserView view = open("/partition-2/Users/alice.morgan");

        view.grid.compact(true);

        assertThat(visibleKeys(view.grid)).containsExactly("pick", "compact", "preview");
        view.grid.compact(false);
        assertThat(visibleKeys(view.grid)).containsExactly("pick", "name", "size", "modified", "type", "preview");
    }

    @Test
    void a_compact_row_lists_size_modified_and_type_under_the_name() {
        FileBrowserView view = open("/partition-2/Users/alice.morgan");
        FileEntry pdf = test(view.grid).getRow(0);

        assertThat(view.grid.details(pdf)).startsWith("2.0 KB · ").endsWith(" · PDF document");
        assertThat(view.grid.details(dir("/partition-2/Users"))).doesNotContain("KB").endsWith(" · Folder");
    }

    @Test
    void on_a_phone_the_ancestors_fold_into_a_named_menu_and_the_current_folder_stays() {
        FileBrowserView view = open("/partition-2/Users/alice.morgan");

        view.pathBar.fold(true);

        List<Component> crumbs = view.pathBar.crumbs.getChildren().toList();
        MenuBar menu = (MenuBar) crumbs.getFirst();
        assertThat(menu.getClassNames()).contains("crumb-menu");
        assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Folders above");
        assertThat(menu.getItems().getFirst().getSubMenu().getItems()).extracting(i -> i.getText())
                .containsExactly("Users", "Partition 2 (101.4 GB)", "All partitions");
        assertThat(((RouterLink) crumbs.getLast()).getText()).isEqualTo("alice.morgan");
        assertThat(crumbs).filteredOn(RouterLink.class::isInstance).hasSize(1);
    }

    @Test
    void a_folded_ancestor_opens_its_folder() {
        FileBrowserView view = open("/partition-2/Users/alice.morgan");
        view.pathBar.fold(true);
        MenuBar menu = (MenuBar) view.pathBar.crumbs.getChildren().findFirst().orElseThrow();

        new MenuBarTester<>(menu).clickItem(0, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("restore/" + mount + "/files/partition-2/Users");
    }

    @Test
    void wide_screens_keep_every_breadcrumb_as_a_link() {
        FileBrowserView view = open("/partition-2/Users/alice.morgan");

        view.pathBar.fold(true);
        view.pathBar.fold(false);

        assertThat(view.pathBar.crumbs.getChildren().filter(RouterLink.class::isInstance)).hasSize(4);
        assertThat(view.pathBar.crumbs.getChildren().filter(MenuBar.class::isInstance)).isEmpty();
    }

    @Test
    @BadInput("unicode and long names")
    void a_hostile_folder_name_is_the_whole_current_crumb_and_plain_text_in_the_menu() {
        FileBrowserView view = open("/partition-2/Users");
        view.pathBar.fold(true);

        view.pathBar.show(new MountId(mount),
                HubPath.of("/partition-2/" + HostileNames.MARKUP + "/" + HostileNames.LONG), Map.of());

        List<Component> crumbs = view.pathBar.crumbs.getChildren().toList();
        assertThat(((RouterLink) crumbs.getLast()).getText()).isEqualTo(HostileNames.LONG);
        MenuBar menu = (MenuBar) crumbs.getFirst();
        assertThat(menu.getItems().getFirst().getSubMenu().getItems().getFirst().getText())
                .isEqualTo(HostileNames.MARKUP);
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }
}
