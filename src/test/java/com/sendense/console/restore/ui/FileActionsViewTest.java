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
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class FileActionsViewTest extends SpringBrowserlessTest {

    static final String NOTE = "/partition-2/Users/alice/" + HostileNames.MARKUP + ".txt";

    @Autowired
    FakeHubClient hub;
    @Autowired
    MountService mounts;
    String mount;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.withFolder("/", new FileEntry("Partition 2 (101.4 GB)", HubPath.of("/partition-2"), EntryType.DIRECTORY,
                108_876_496_896L, "0755", null, false, null));
        hub.withFolder("/partition-2", dir("/partition-2/Users"));
        hub.withFolder("/partition-2/Users", dir("/partition-2/Users/alice"));
        hub.withFolder("/partition-2/Users/alice", file(NOTE, 40), file("/partition-2/Users/alice/setup.exe", 10));
        hub.contents.put(HubPath.of(NOTE),
                ("<b>bold?</b> " + HostileNames.MARKUP_ERROR).getBytes(StandardCharsets.UTF_8));
        BrowseTestMounts.mount(hub, mounts, "web-01");
        mount = BrowseTestMounts.mount(hub, mounts, "web-01").value();
    }

    @AfterEach
    void slots() {
        hub.maxMounts = 10_000;
    }

    FileActions open(String path) {
        UI.getCurrent().navigate("restore/" + mount + "/files" + path);
        return find(FileActions.class).single();
    }

    @Test
    @BadInput("markup in hub strings")
    void a_previewed_text_file_and_its_hostile_name_are_shown_as_text() {
        FileActions actions = open("/partition-2/Users/alice");

        actions.preview(hub.fileInfo(null, HubPath.of(NOTE)));
        PreviewDialog dialog = actions.previewDialog;
        RestoreUiTestSupport.finish(dialog.pending);

        assertThat(dialog.getHeaderTitle()).isEqualTo(HostileNames.MARKUP + ".txt");
        HostileNames.assertShownAsText(dialog.body, HostileNames.MARKUP_ERROR);
        assertThat(dialog.body.getElement().getTextRecursively()).contains("<b>bold?</b>", "read as UTF-8");
    }

    @Test
    @HubFault("no free mount slot")
    void compare_says_before_it_starts_that_no_mount_slot_is_free_and_cannot_start() {
        FileActions actions = open("/partition-2/Users/alice");
        hub.maxMounts = hub.hubMounts.size();

        actions.compare(HubPath.of("/partition-2/Users/alice"));
        CompareDialog dialog = actions.compareDialog;

        assertThat(dialog.slotNote.getText()).startsWith("All " + hub.maxMounts + " mount slots of the hub are in use");
        assertThat(dialog.start.isEnabled()).isFalse();
        assertThat(hub.hubMounts).hasSize(hub.maxMounts);
    }

    @Test
    void compare_says_it_takes_one_extra_mount_slot_and_how_many_are_free() {
        FileActions actions = open("/partition-2/Users/alice");
        hub.maxMounts = hub.hubMounts.size() + 3;

        actions.compare(HubPath.of("/partition-2/Users/alice"));

        assertThat(actions.compareDialog.slotNote.getText())
                .contains("one of the hub's " + hub.maxMounts + " mount slots (3 free now)");
        assertThat(actions.compareDialog.start.isEnabled()).isTrue();
    }
}
