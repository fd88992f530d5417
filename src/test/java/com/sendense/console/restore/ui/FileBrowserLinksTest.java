package com.sendense.console.restore.ui;

import static com.sendense.console.testsupport.FakeHubClient.dir;
import static com.sendense.console.testsupport.FakeHubClient.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.FileTypes;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Issue 11 in the browser view: links are shown as links, and no way of opening one makes the hub follow it. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class FileBrowserLinksTest extends SpringBrowserlessTest {

    static final String SRV = "/partition-5/srv";

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;

    String mount;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.listedPaths.clear();
        hub.withFolder("/", new FileEntry("Partition 5 - cloudimg-rootfs (39.0 GB)", HubPath.of("/partition-5"),
                EntryType.DIRECTORY, 41_875_931_136L, "0755", null, false, null));
        hub.withFolder("/partition-5", dir("/partition-5/srv"), dir("/partition-5/var"));
        hub.withFolder(SRV, dir(SRV + "/data"), link(SRV + "/up", "../../.."), link(SRV + "/www", "../var/www"),
                link(SRV + "/x", "/"), link(SRV + "/<b onmouseover=alert(1)>bold", "/<img src=x onerror=alert(1)>"));
        hub.withFolder(SRV + "/data");
        hub.withFolder("/partition-5/var", dir("/partition-5/var/www"));
        hub.withFolder("/partition-5/var/www", dir("/partition-5/var/www/html"));
        hub.withFolder("/partition-5/var/www/html", file("/partition-5/var/www/html/index.html", 612));
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
    }

    static FileEntry link(String path, @Nullable String target) {
        HubPath p = HubPath.of(path);
        return new FileEntry(p.name(), p, EntryType.FILE, 1, "0777", Instant.parse("2025-10-01T10:00:00Z"), true,
                target);
    }

    FileBrowserView open(String path) {
        UI.getCurrent().navigate("restore/" + mount + "/files" + path);
        return (FileBrowserView) getCurrentView();
    }

    String location() {
        return "/" + UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    int row(FileBrowserView view, String name) {
        return IntStream.range(0, test(view.grid).size())
                .filter(i -> test(view.grid).getRow(i).name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    String target(FileBrowserView view, String name) {
        return test(view.grid).getLitRendererPropertyValue(row(view, name), "name", "target", String.class);
    }

    String notifications() {
        return String.join("\n",
                find(Notification.class).all()
                        .stream()
                        .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text", ""))
                        .toList());
    }

    @Test
    void links_are_shown_as_links_with_where_they_lead() {
        FileBrowserView view = open(SRV);

        FileEntry www = test(view.grid).getRow(row(view, "www"));
        assertThat(FileTypes.kind(www)).isEqualTo(FileTypes.Kind.LINK);
        assertThat(FileTypes.describe(www)).isEqualTo("Link");
        assertThat(test(view.grid).getLitRendererPropertyValue(row(view, "www"), "name", "icon", String.class))
                .isEqualTo("link");
        assertThat(target(view, "www")).isEqualTo("→ /partition-5/var/www");
        assertThat(target(view, "x")).isEqualTo("→ / (not opened: outside this partition)");
        assertThat(target(view, "up")).isEqualTo("→ ../../.. (not opened: outside this partition)");
        assertThat(test(view.grid).getLitRendererPropertyValue(row(view, "data"), "name", "link", Boolean.class))
                .isFalse();
        assertThat(hub.listedPaths).noneMatch(p -> p.startsWith(SRV + "/"));
    }

    @Test
    @BadInput("markup in hub strings")
    void a_link_name_and_target_with_markup_are_rendered_as_text() {
        FileBrowserView view = open(SRV);

        // Lit binds ${item.target} and ${item.name} as text nodes; the values must reach it unchanged, not as HTML.
        assertThat(target(view, "<b onmouseover=alert(1)>bold"))
                .isEqualTo("→ /<img src=x onerror=alert(1)> (not opened: outside this partition)");
        assertThat(test(view.grid).getLitRendererPropertyValue(row(view, "<b onmouseover=alert(1)>bold"), "name",
                "name", String.class)).isEqualTo("<b onmouseover=alert(1)>bold");
    }

    @Test
    @BadInput("symlink")
    void double_clicking_a_link_out_of_the_mount_says_why_and_stays() {
        FileBrowserView view = open(SRV);

        test(view.grid).doubleClickRow(row(view, "x"));

        assertThat(location()).endsWith("/files/partition-5/srv");
        assertThat(notifications())
                .contains("\u201c/partition-5/srv/x\u201d is a link to \u201c/\u201d, an absolute path that "
                        + "the hub would resolve on its own system, outside this backup");
        assertThat(hub.listedPaths).noneMatch(p -> p.startsWith(SRV + "/x"));
    }

    @Test
    @BadInput("symlink")
    void double_clicking_a_harmless_link_opens_its_target_not_the_link() {
        FileBrowserView view = open(SRV);

        test(view.grid).doubleClickRow(row(view, "www"));

        assertThat(location()).endsWith("/files/partition-5/var/www");
        assertThat(test(view.grid).getRow(0).name()).isEqualTo("html");
        assertThat(hub.listedPaths).noneMatch(p -> p.startsWith(SRV + "/www"));
    }

    @Test
    @BadInput("symlink")
    void a_deep_link_through_a_harmless_link_is_forwarded_to_the_target() {
        open(SRV + "/www/html");

        assertThat(location()).endsWith("/files/partition-5/var/www/html");
        assertThat(notifications())
                .contains("\u201c/partition-5/srv/www\u201d is a link. Showing its target /partition-5/var/www/html");
        assertThat(hub.listedPaths).noneMatch(p -> p.startsWith(SRV + "/www"));
    }

    @Test
    @BadInput("symlink")
    void a_deep_link_through_an_escaping_link_shows_the_sentence_instead_of_a_listing() {
        FileBrowserView view = open(SRV + "/x/etc");

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.problem.getElement().getTextRecursively())
                .contains("\u201c/partition-5/srv/x\u201d is a link to \u201c/\u201d");
        assertThat(hub.listedPaths).noneMatch(p -> p.startsWith(SRV + "/x"));
    }

    @Test
    @BadInput("symlink")
    void a_typed_path_through_a_relative_escape_is_refused() {
        FileBrowserView view = open(SRV);

        view.pathBar.pathField.setValue(SRV + "/up/other-mount");
        ComponentUtil.fireEvent(view.pathBar.pathField,
                new KeyPressEvent(view.pathBar.pathField, Key.ENTER.getKeys().getFirst()));
        view = (FileBrowserView) getCurrentView();

        // The path field keeps what was typed and says why, as for any other path it cannot open.
        assertThat(view.pathBar.pathField.isInvalid()).isTrue();
        assertThat(view.pathBar.pathField.getErrorMessage()).contains("which leads out of partition 5");
        assertThat(hub.listedPaths).noneMatch(p -> p.startsWith(SRV + "/up"));
    }

    @Test
    @BadInput("symlink")
    void archiving_a_folder_with_links_offers_only_tar_gz_and_says_why() {
        FileBrowserView view = open(SRV);

        test(view.basketBar.archiveFolder).click();

        ArchiveDialog dialog = find(ArchiveDialog.class).single();
        assertThat(dialog.format.getValue()).isEqualTo(ArchiveFormat.TAR_GZ);
        assertThat(dialog.format.getItemEnabledProvider().test(ArchiveFormat.ZIP)).isFalse();
        assertThat(dialog.linkWarning.isVisible()).isTrue();
        assertThat(dialog.linkWarning.getText())
                .startsWith("\u201c/partition-5/srv\u201d holds 3 links that lead out of their partition")
                .contains("ZIP is therefore not offered: tar.gz keeps each link as an empty entry");
    }
}
