package com.sendense.console.backups.ui;

import com.sendense.console.backups.DeletionCheck;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.Backup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Asks before deleting a backup, and says plainly what the hub's delete does and does not do:
 * it removes database rows only, keeps the files (no space is reclaimed) and leaves a live mount
 * attached. The console cannot always tell whether the backup is mounted, and says so.
 */
class DeleteBackupDialog extends ConfirmDialog {

    final List<String> paragraphs;

    DeleteBackupDialog(DeletionCheck check, ZoneId zone, Locale locale, SerializableRunnable onConfirm) {
        Backup b = check.backup();
        paragraphs = text(check, locale);
        setHeader("Delete the backup of " + b.vmName() + " from " + Formatters.dateTime(b.createdAt(), zone, locale)
                + "?");
        var body = new Div();
        paragraphs.forEach(p -> body.add(new Paragraph(p)));
        setText(body);
        SafeChoice.focusCancel(this, "Keep it");
        setConfirmText("Delete record");
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> onConfirm.run());
    }

    static List<String> text(DeletionCheck check, Locale locale) {
        Backup b = check.backup();
        List<String> text = new ArrayList<>();
        text.add(BackupBadges.typeLabel(b.type()) + " backup " + b.id() + " ("
                + BackupBadges.statusLabel(b.status()).toLowerCase(Locale.ROOT) + ").");
        text.add("The hub removes only its database records of this backup: it disappears from the history and "
                + "the recovery points.");
        text.add("Repository space is NOT reclaimed. The hub leaves the backup's QCOW2 files (" + disks(b.disksCount())
                + ", " + Formatters.bytes(b.bytesTransferred(), locale) + " written) in the repository; only an "
                + "administrator on the hub can remove them.");
        text.add(switch (check.mounted()) {
            case NOT_MOUNTED -> check.mountsOnHub() == 0
                    ? "Nothing is mounted on the hub, so this backup is not in use for file restore."
                    : "This backup is not mounted for file restore.";
            case UNKNOWN -> mounts(check.mountsOnHub()) + " on the hub, and the hub does not say which backups they "
                    + "belong to. If one is of this backup, the hub leaves that mount attached with no record of it, "
                    + "and later mounts on the same device can fail. Unmount it first if you are not sure.";
            case MOUNTED -> "This backup is mounted for file restore.";
        });
        text.add("This cannot be undone from the console.");
        return text;
    }

    /** Why the console will not delete: shown instead of the dialog. */
    static String refusal(DeletionCheck.Refusal refusal) {
        return switch (refusal) {
            case RUNNING -> "This backup is still running. The hub would remove its record without stopping it, so "
                    + "running backups cannot be deleted. Wait until it has finished or failed.";
            case MOUNTED -> "This backup is mounted for file restore. The hub would leave the mount attached with no "
                    + "record of it. Unmount it first.";
        };
    }

    private static String disks(int n) {
        return n == 1 ? "1 disk" : n + " disks";
    }

    private static String mounts(int n) {
        return n == 1 ? "1 mount exists" : n + " mounts exist";
    }
}
