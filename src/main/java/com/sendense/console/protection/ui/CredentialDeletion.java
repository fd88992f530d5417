package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.protection.VcenterCredentialService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * Deleting a credential. The hub's own "in use" check never counts (contract P7.4), so it deletes a
 * credential that VMs use and their backups fail from then on: the console names those VMs and asks twice.
 */
final class CredentialDeletion {

    private CredentialDeletion() {}

    static void confirm(VmwareCredential c, VcenterCredentialService credentials, SerializableRunnable onDeleted) {
        List<String> users;
        try {
            users = credentials.vmsUsing(c.id());
        } catch (HubException e) {
            Notifications.error("Not deleted: the console could not check which VMs use " + c.name() + ". "
                    + HubErrorMessages.explain(e));
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader("Delete vCenter credential " + c.name() + "?");
        if (users.isEmpty()) {
            dialog.setText("No VM uses it. Discovery with it will no longer be possible.");
            dialog.setConfirmText("Delete");
            dialog.addConfirmListener(e -> delete(c, credentials, onDeleted));
        } else {
            var list = new UnorderedList(users.stream().map(ListItem::new).toArray(ListItem[]::new));
            dialog.setText(new Div(new Paragraph(users.size() + (users.size() == 1 ? " VM uses" : " VMs use")
                    + " this credential. The hub deletes it anyway, and every backup of these VMs then fails until "
                    + "they are added again with another credential:"), list));
            dialog.setConfirmText("Delete anyway…");
            dialog.addConfirmListener(e -> second(c, users.size(), credentials, onDeleted).open());
        }
        SafeChoice.focusCancel(dialog, "Cancel");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static ConfirmDialog second(VmwareCredential c, int vmCount, VcenterCredentialService credentials,
            SerializableRunnable onDeleted) {
        var dialog = new ConfirmDialog();
        dialog.setHeader("Really break the backups of " + vmCount + (vmCount == 1 ? " VM?" : " VMs?"));
        dialog.setText("Deleting " + c.name() + " cannot be undone. Backups of its VMs fail from the next run on.");
        dialog.setConfirmText("Delete " + c.name());
        dialog.setConfirmButtonTheme("error primary");
        SafeChoice.focusCancel(dialog, "Keep it");
        dialog.addConfirmListener(e -> delete(c, credentials, onDeleted));
        return dialog;
    }

    private static void delete(VmwareCredential c, VcenterCredentialService credentials,
            SerializableRunnable onDeleted) {
        try {
            credentials.delete(c.id());
            Notifications.success("vCenter credential " + c.name() + " deleted");
        } catch (HubException e) {
            Notifications.error("Not deleted. " + HubErrorMessages.explain(e)
                    + " The hub also refuses to delete its last active credential.");
        }
        onDeleted.run();
    }
}
