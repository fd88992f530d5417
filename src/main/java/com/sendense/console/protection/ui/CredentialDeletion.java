package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.UiLocale;
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
            Notifications.error(Messages.get(UiLocale.current(), "protection.credentialDelete.checkFailed", c.name(),
                    HubErrorMessages.explain(e)));
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(Messages.get(UiLocale.current(), "protection.credentialDelete.question", c.name()));
        if (users.isEmpty()) {
            dialog.setText(Messages.get(UiLocale.current(), "protection.credentialDelete.unused"));
            dialog.setConfirmText(Messages.get(UiLocale.current(), "protection.delete"));
            dialog.addConfirmListener(e -> delete(c, credentials, onDeleted));
        } else {
            var list = new UnorderedList(users.stream().map(ListItem::new).toArray(ListItem[]::new));
            dialog.setText(new Div(
                    new Paragraph(Messages.get(UiLocale.current(), "protection.credentialDelete.used", users.size())),
                    list));
            dialog.setConfirmText(Messages.get(UiLocale.current(), "protection.credentialDelete.anyway"));
            dialog.addConfirmListener(e -> second(c, users.size(), credentials, onDeleted).open());
        }
        SafeChoice.focusCancel(dialog, Messages.get(UiLocale.current(), "protection.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static ConfirmDialog second(VmwareCredential c, int vmCount, VcenterCredentialService credentials,
            SerializableRunnable onDeleted) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(Messages.get(UiLocale.current(), "protection.credentialDelete.really", vmCount));
        dialog.setText(Messages.get(UiLocale.current(), "protection.credentialDelete.noUndo", c.name()));
        dialog.setConfirmText(Messages.get(UiLocale.current(), "protection.groups.deleteNamed", c.name()));
        dialog.setConfirmButtonTheme("error primary");
        SafeChoice.focusCancel(dialog, Messages.get(UiLocale.current(), "protection.keepIt"));
        dialog.addConfirmListener(e -> delete(c, credentials, onDeleted));
        return dialog;
    }

    private static void delete(VmwareCredential c, VcenterCredentialService credentials,
            SerializableRunnable onDeleted) {
        try {
            credentials.delete(c.id());
            Notifications.success(Messages.get(UiLocale.current(), "protection.credentialDelete.deleted", c.name()));
        } catch (HubException e) {
            Notifications.error(Messages.get(UiLocale.current(), "protection.credentialDelete.notDeleted",
                    HubErrorMessages.explain(e)));
        }
        onDeleted.run();
    }
}
