package com.sendense.console.restore.ui;

import static com.sendense.console.restore.ui.FileBrowserLinksTest.SRV;
import static com.sendense.console.restore.ui.FileBrowserLinksTest.link;
import static com.sendense.console.testsupport.FakeHubClient.dir;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.EntryType;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubPath;
import com.sendense.console.restore.BrowseTestMounts;
import com.sendense.console.restore.MountService;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.PageTexts;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The file browser's basket, archive dialog and link descriptions in German: no English sentence left. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class GermanFileBrowserTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;

    String mount;

    @BeforeEach
    void german_world_with_links() {
        hub.failWith(null);
        hub.withFolder("/", new FileEntry("Partition 5 - cloudimg-rootfs (39.0 GB)", HubPath.of("/partition-5"),
                EntryType.DIRECTORY, 41_875_931_136L, "0755", null, false, null));
        hub.withFolder("/partition-5", dir("/partition-5/srv"), dir("/partition-5/var"));
        hub.withFolder(SRV, dir(SRV + "/data"), link(SRV + "/up", "../../.."), link(SRV + "/www", "../var/www"),
                link(SRV + "/x", "/"), link(SRV + "/gone", null));
        hub.withFolder(SRV + "/data");
        hub.withFolder("/partition-5/var", dir("/partition-5/var/www"));
        hub.withFolder("/partition-5/var/www");
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    @BadInput("symlink")
    void link_targets_the_basket_and_the_archive_dialog_speak_german() {
        UI.getCurrent().navigate("restore/" + mount + "/files" + SRV);
        FileBrowserView view = (FileBrowserView) getCurrentView();

        assertThat(target(view, "www")).isEqualTo("→ /partition-5/var/www");
        assertThat(target(view, "x")).isEqualTo("→ / (nicht geöffnet: außerhalb dieser Partition)");
        assertThat(target(view, "gone")).isEqualTo("→ Ziel nicht lesbar");
        assertThat(view.basketBar.summary.getText()).isEqualTo("Nichts ausgewählt");
        assertThat(view.basketBar.download.getText()).isEqualTo("Auswahl herunterladen");
        assertThat(view.basketBar.reason.getPlaceholder()).startsWith("Grund oder Ticket");
        String bar = view.basketBar.getElement().getTextRecursively() + view.basketBar.reason.getPlaceholder();

        test(view.basketBar.archiveFolder).click();

        ArchiveDialog dialog = find(ArchiveDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("„srv“ als Archiv herunterladen");
        assertThat(dialog.linkWarning.getText())
                .startsWith("„/partition-5/srv“ enthält 3 Links, die aus ihrer Partition hinausführen")
                .contains("Deshalb wird ZIP nicht angeboten");
        assertThat(dialog.size.getText()).startsWith("Etwa 0 B in 0 Dateien");
        assertThat(dialog.format.getItemLabelGenerator().apply(com.sendense.console.hub.ArchiveFormat.TAR_GZ))
                .isEqualTo("tar.gz (behält leere Ordner)");
        String all = bar + " " + dialog.getElement().getTextRecursively() + " " + dialog.linkWarning.getText() + " "
                + dialog.size.getText() + " " + dialog.zipNote.getText() + " " + dialog.format.getLabel();
        assertThat(PageTexts.untranslatedIn(all)).isEmpty();
        assertThat(all).doesNotContain("!restore.");
    }

    private String target(FileBrowserView view, String name) {
        int row = IntStream.range(0, test(view.grid).size())
                .filter(i -> test(view.grid).getRow(i).name().equals(name))
                .findFirst()
                .orElseThrow();
        return test(view.grid).getLitRendererPropertyValue(row, "name", "target", String.class);
    }
}
