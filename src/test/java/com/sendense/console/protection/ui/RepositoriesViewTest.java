package com.sendense.console.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.ui.component.CapacityMeter;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.GridCells;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class RepositoriesViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Tr0ub4dor&3-cifs";
    private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

    @Autowired
    FakeHubClient hub;
    private final List<Repository> saved = new ArrayList<>();

    @BeforeEach
    void hub_with_a_used_and_an_empty_repository() {
        saved.addAll(hub.repositories);
        hub.failWith(null);
        hub.repositories.clear();
        hub.backups.clear();
        hub.repositories.add(FakeHubClient.repository("repo-local-1", "Primary", 1000, 80));
        hub.repositories.add(empty("repo-local-2", "Spare"));
        hub.backups.add(FakeHubClient.completed("b-1", "web-01", BackupType.FULL, "repo-local-1", T, 1));
    }

    @AfterEach
    void the_shared_fake_gets_its_repositories_back() {
        hub.repositories.clear();
        hub.repositories.addAll(saved);
        hub.backups.clear();
    }

    @Test
    void the_list_shows_capacity_use_backups_and_that_immutability_is_not_enforced() {
        hub.repositories.set(1, new Repository("repo-local-2", "Spare", RepositoryType.LOCAL, true, true, 30,
                empty("x", "x").storage(), T, T, Map.of("path", "/spare")));
        RepositoriesView view = navigate(RepositoriesView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        CapacityMeter meter = (CapacityMeter) test(view.grid).getCellComponent(0, "capacity");
        assertThat(meter.percent()).isEqualTo(92.0);
        assertThat(meter.getElement().getTextRecursively()).isEqualTo("92 % used");
        assertThat(text(view, 0, "location")).isEqualTo("/backup");
        assertThat(plain(view, 0, "space")).isEqualTo("920 GB / 80.0 GB");
        assertThat(plain(view, 0, "backups")).isEqualTo("3");
        assertThat(plain(view, 1, "immutable")).isEqualTo("Yes (not enforced)");
        assertThat(plain(view, 1, "retention")).isEqualTo("30 days");
        assertThat(view.getElement().getTextRecursively()).contains("enforces neither");
    }

    @Test
    void a_local_repository_is_tested_first_then_created_and_listed() {
        RepositoriesView view = navigate(RepositoriesView.class);
        test(view.newRepository).click();
        RepositoryDialog dialog = find(RepositoryDialog.class).single();
        assertThat(dialog.create.isEnabled()).as("test first").isFalse();

        test(dialog.name).setValue("Archive");
        test(dialog.path).setValue("/srv/archive");
        test(dialog.test).click();
        assertThat(dialog.result.getText()).contains("wrote and removed a test file");
        assertThat(dialog.create.isEnabled()).isTrue();
        test(dialog.path).setValue("/srv/other");
        assertThat(dialog.create.isEnabled()).as("a changed value needs a new test").isFalse();
        test(dialog.test).click();
        test(dialog.create).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(hub.repositories).extracting(Repository::name).contains("Archive");
        assertThat(test(view.grid).size()).isEqualTo(3);
        // The fake, unlike the hub, measures no new repository: the page says so rather than showing a blank.
        assertThat(view.status.getText()).isEqualTo("Created Archive, but the hub could not measure its space.");
    }

    @Test
    void an_nfs_share_says_what_was_not_checked_and_that_it_could_not_be_mounted() {
        RepositoriesView view = navigate(RepositoriesView.class);
        test(view.newRepository).click();
        RepositoryDialog dialog = find(RepositoryDialog.class).single();
        test(dialog.type).selectItem("NFS share");
        assertThat(dialog.path.isVisible()).isFalse();
        assertThat(dialog.exportPath.isVisible()).isTrue();

        test(dialog.name).setValue("NAS");
        test(dialog.server).setValue("nas.example");
        test(dialog.test).click();
        assertThat(dialog.exportPath.isInvalid()).as("required fields are checked in the console").isTrue();
        test(dialog.exportPath).setValue("/export/backups");
        test(dialog.mountPoint).setValue("/mnt/nas");
        test(dialog.test).click();
        assertThat(dialog.result.getText()).contains("checked only that the fields are filled in")
                .contains("does not contact the NFS server");
        test(dialog.create).click();

        assertThat(view.status.getText()).startsWith("Created NAS, but the hub could not mount the share");
        assertThat(view.status.getElement().getAttribute("data-problem")).isEqualTo("true");
    }

    @Test
    @BadInput("cifs password echoed by the hub")
    void a_cifs_password_is_never_shown_even_when_the_hub_returns_it() {
        RepositoriesView view = navigate(RepositoriesView.class);
        test(view.newRepository).click();
        RepositoryDialog dialog = find(RepositoryDialog.class).single();
        test(dialog.type).selectItem("CIFS / SMB share");
        test(dialog.name).setValue("Office");
        test(dialog.server).setValue("files.example");
        test(dialog.shareName).setValue("backups");
        test(dialog.mountPoint).setValue("/mnt/office");
        test(dialog.username).setValue("svc-backup");
        test(dialog.password).setValue(PASSWORD);
        test(dialog.test).click();
        test(dialog.create).click();
        // As the hub does: the list carries the password in clear (the client drops it; this checks the page too).
        Repository office = hub.repositories.getLast();
        hub.repositories.set(hub.repositories.size() - 1,
                new Repository(office.id(), office.name(), RepositoryType.CIFS, true, false, 0, null, T, T,
                        Map.of("server", "files.example", "share_name", "backups", "password_secret", PASSWORD,
                                "password", PASSWORD)));
        view = navigate(RepositoriesView.class);

        assertThat(text(view, 0, "name")).isEqualTo("Office");
        assertThat(text(view, 0, "location")).isEqualTo("//files.example/backups");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(PASSWORD);
        assertThat(find(Notification.class).all())
                .allSatisfy(n -> assertThat(n.getElement().getTextRecursively()).doesNotContain(PASSWORD));
        assertThat(dialog.password.getValue()).as("cleared when the dialog closed").isEmpty();
        for (int row = 0; row < test(view.grid).size(); row++) {
            for (String key : List.of("name", "location")) {
                assertThat(text(view, row, key)).doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void a_repository_that_held_a_backup_is_refused_before_asking_the_hub() {
        RepositoriesView view = navigate(RepositoriesView.class);

        test(find(Button.class, test(view.grid).getCellComponent(0, "actions")).single()).click();

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(view.status.getText()).startsWith("Primary has held 1 backup, so the hub will not delete it");
        assertThat(hub.repositories).extracting(Repository::name).contains("Primary");
    }

    @Test
    void an_empty_repository_is_deleted_after_a_confirmation() {
        RepositoriesView view = navigate(RepositoriesView.class);

        test((Button) test(view.grid).getCellComponent(1, "actions")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete repository Spare?");
        test(confirm).confirm();

        assertThat(hub.repositories).extracting(Repository::name).containsExactly("Primary");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void refresh_storage_reports_the_hubs_result() {
        RepositoriesView view = navigate(RepositoriesView.class);

        test(view.refreshStorage).click();

        assertThat(view.status.getText()).isEqualTo("Storage refreshed: 2 measured.");
        assertThat(view.refreshStorage.isEnabled()).isTrue();
    }

    @Test
    @HubFault("hub down")
    void an_unreachable_hub_is_said_in_words() {
        hub.failWith(FakeHubClient.unreachable());
        RepositoriesView view = navigate(RepositoriesView.class);

        assertThat(view.status.getText()).startsWith("The repositories could not be read. The hub cannot be reached.");
        test(view.refreshStorage).click();
        assertThat(view.status.getText()).startsWith("Storage could not be refreshed. The hub cannot be reached.");
    }

    @Test
    @BadInput("markup in hub strings")
    void a_hostile_repository_name_is_text() {
        hub.repositories.set(1, empty("repo-x", HostileNames.MARKUP));
        RepositoriesView view = navigate(RepositoriesView.class);

        assertThat(text(view, 1, "name")).isEqualTo(HostileNames.MARKUP);
        test((Button) test(view.grid).getCellComponent(1, "actions")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).as("a property, rendered as text")
                .isEqualTo("Delete repository " + HostileNames.MARKUP + "?");
        assertThat(confirm.getElement().getChildren()).noneMatch(c -> c.getTag().equals("test"));
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void a_manager_reads_the_list_without_controls() {
        RepositoriesView view = navigate(RepositoriesView.class);

        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.newRepository.isVisible()).isFalse();
        assertThat(view.refreshStorage.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("actions")).isNull();
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    @BadInput("forged request across roles")
    void help_desk_cannot_open_the_page() {
        assertThatThrownBy(() -> navigate(RepositoriesView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private String text(RepositoriesView view, int row, String key) {
        return GridCells.text(view.grid, test(view.grid).getRow(row), key);
    }

    private String plain(RepositoriesView view, int row, String key) {
        return test(view.grid).getCellText(row, test(view.grid).getColumnPosition(key));
    }

    private static Repository empty(String id, String name) {
        return new Repository(id, name, RepositoryType.LOCAL, true, false, 0,
                new StorageInfo(500L << 30, 0, 500L << 30, 0, 0, T), T, T, Map.of("path", "/spare"));
    }
}
