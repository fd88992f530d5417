package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.backups.DeletionCheck;
import com.sendense.console.backups.TestBackups;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.MountStatus;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.routerlink.RouterLinkTester;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class VmBackupHistoryViewTest extends BackupViewsTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    com.sendense.console.restore.MountService mounts;

    @Test
    void shows_one_vms_backups_newest_first_with_a_summary_and_links() {
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));

        assertThat(rows(view)).containsExactly(pgInc2, pgInc1, pgFull);
        assertThat(view.summary.getText()).isEqualTo("3 backups · 3 recovery points, 100 GB written");
        assertThat(test(view.grid).getColumnPosition("vm")).isNegative();
        assertThat(view.chainLink.getHref()).isEqualTo("backups/vm/pgtest1/chain");
        assertThat(view.allLink.getHref()).isEqualTo("backups?vm=pgtest1");
    }

    @Test
    void an_unknown_vm_is_explained_and_never_sent_to_the_hub() {
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "no-such-vm"));

        assertThat(test(view.grid).size()).isZero();
        assertThat(view.emptyState.getElement().getTextRecursively()).contains("No VM named \"no-such-vm\"");
        assertThat(hub.backupQueries).isEmpty();
    }

    @Test
    void sort_and_selected_backup_round_trip_through_the_address() {
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));
        test(view.grid).sortByColumn("size", SortDirection.DESCENDING);
        test(view.grid).select(2);

        String address = view.location().getPathWithQueryParameters();
        assertThat(view.location().getPath()).isEqualTo("backups/vm/pgtest1");
        assertThat(view.location().getQueryParameters().getParameters()).isEqualTo(
                QueryParameters.fromString("backup=" + pgInc1.id() + "&sort=size.desc&sort=date.desc").getParameters());

        var reopened = (VmBackupHistoryView) open(address);
        assertThat(rows(reopened)).containsExactly(pgFull, pgInc2, pgInc1);
        assertThat(reopened.grid.asSingleSelect().getValue().backup()).isEqualTo(pgInc1);
    }

    @Test
    void the_delete_confirmation_says_what_the_hub_really_does_and_deletes_on_confirm() {
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));

        deleteButton(view, 0).click();

        var dialog = (DeleteBackupDialog) find(ConfirmDialog.class).single();
        assertThat(String.join("\n", dialog.paragraphs)).contains("removes only its database records")
                .contains("Repository space is NOT reclaimed")
                .contains("QCOW2 files (2 disks, 70.0 MB written) in the repository")
                .contains("Nothing is mounted on the hub, so this backup is not in use for file restore.");
        assertThat(dialog.getElement().getAttribute(SafeChoice.ATTRIBUTE)).as("opens on the safe choice")
                .isEqualTo("cancel");
        assertThat(dialog.getElement().getProperty("cancelText")).isEqualTo("Keep it");
        test(dialog).confirm();

        assertThat(hub.deletedBackups).containsExactly(pgInc2.id());
        assertThat(rows(view)).containsExactly(pgInc1, pgFull);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Its files are still in the repository"));
    }

    @Test
    void with_mounts_on_the_hub_the_confirmation_admits_it_cannot_tell_whether_this_backup_is_mounted() {
        hub.mounts.add(mount());
        hub.mounts.add(mount());
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));

        deleteButton(view, 2).click();

        var dialog = (DeleteBackupDialog) find(ConfirmDialog.class).single();
        assertThat(String.join("\n", dialog.paragraphs))
                .contains("2 mounts exist on the hub, and the hub does not say which backups they belong to")
                .contains("leaves that mount attached with no record of it")
                .doesNotContain("not mounted");
        test(dialog).cancel();
        assertThat(hub.deletedBackups).isEmpty();
    }

    @Test
    void a_backup_that_started_running_again_is_refused_with_a_reason() {
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));
        // The hub has since reported it running (the list on screen is older).
        hub.backups.replaceAll(
                b -> b.id().equals(pgInc2.id()) ? TestBackups.withStatus(b, BackupStatus.RUNNING, null) : b);

        deleteButton(view, 0).click();

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("still running") && t.contains("without stopping it"));
        assertThat(hub.deletedBackups).isEmpty();
    }

    @Test
    void a_backup_the_console_has_mounted_is_refused_until_it_is_unmounted() {
        mounts.mount("pgtest1", pgInc2.id(), 0);
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));

        deleteButton(view, 0).click();

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(notificationTexts())
                .anyMatch(t -> t.contains("mounted for file restore") && t.contains("Unmount it first"));
        assertThat(hub.deletedBackups).isEmpty();

        deleteButton(view, 1).click();
        var dialog = (DeleteBackupDialog) find(ConfirmDialog.class).single();
        assertThat(String.join("\n", dialog.paragraphs)).contains("This backup is not mounted for file restore.");
        test(dialog).cancel();
    }

    @Test
    void the_refusal_texts_name_the_hubs_behaviour() {
        assertThat(DeleteBackupDialog.refusal(DeletionCheck.Refusal.RUNNING, Locale.ENGLISH))
                .contains("cannot be deleted");
        assertThat(DeleteBackupDialog.refusal(DeletionCheck.Refusal.MOUNTED, Locale.ENGLISH))
                .contains("Unmount it first");
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_cannot_delete_even_by_calling_the_service() {
        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "pgtest1"));

        assertThat(rows(view)).hasSize(3);
        assertThat(find(Button.class, view.grid).all())
                .noneMatch(b -> b.getAriaLabel().orElse("").startsWith("Delete"));
        assertThatThrownBy(() -> service.delete(pgFull.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.checkDeletion(pgFull.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.deletedBackups).isEmpty();
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_cannot_delete_and_sees_no_vm_outside_the_scope() {
        assertThatThrownBy(() -> service.delete(pgFull.id())).isInstanceOf(AccessDeniedException.class);

        var view = navigate(VmBackupHistoryView.class, Map.of(VmBackupHistoryView.VM_NAME, "sql-prod-01"));
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.emptyState.getElement().getTextRecursively()).contains("not in your scope");
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void administrators_may_delete() {
        service.delete(webFailed.id());
        assertThat(hub.deletedBackups).containsExactly(webFailed.id());
    }

    @Test
    void the_inventory_drawer_links_to_a_vms_history_and_chain() {
        com.vaadin.flow.component.UI.getCurrent().navigate("vms", QueryParameters.simple(Map.of("vm", "pgtest1")));

        var links = find(com.vaadin.flow.router.RouterLink.class).all();
        var history = links.stream().filter(l -> l.getText().equals("Backup history")).findFirst().orElseThrow();
        assertThat(links)
                .anyMatch(l -> l.getText().equals("Recovery points") && l.getHref().equals("backups/vm/pgtest1/chain"));
        new RouterLinkTester<>(history).click();

        assertThat(getCurrentView()).isInstanceOf(VmBackupHistoryView.class);
        assertThat(rows((VmBackupHistoryView) getCurrentView())).containsExactly(pgInc2, pgInc1, pgFull);
    }

    private com.vaadin.flow.component.button.ButtonTester<Button> deleteButton(VmBackupHistoryView view, int row) {
        var button = (Button) test(view.grid).getCellComponent(row, "actions").getChildren().findFirst().orElseThrow();
        return test(button);
    }

    private List<String> notificationTexts() {
        // Short notifications carry their text as a property, closable ones as content.
        return find(Notification.class).all()
                .stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .toList();
    }

    private List<Backup> rows(VmBackupHistoryView view) {
        var grid = test(view.grid);
        List<Backup> result = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            result.add(grid.getRow(i).backup());
        }
        return result;
    }

    private static Mount mount() {
        Instant t = Instant.now();
        return new Mount(new MountId(java.util.UUID.randomUUID().toString()), "", 41, 0, "/mnt/x", "/dev/nbd0", "ext4",
                MountStatus.MOUNTED, t, t.plusSeconds(3600));
    }

}
