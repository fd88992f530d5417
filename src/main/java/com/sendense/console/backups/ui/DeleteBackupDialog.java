package com.sendense.console.backups.ui;

import com.sendense.console.backups.DeletionCheck;
import com.sendense.console.base.i18n.Messages;
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
        setHeader(Messages.get(locale, "backups.delete.title", b.vmName(),
                Formatters.dateTime(b.createdAt(), zone, locale)));
        var body = new Div();
        paragraphs.forEach(p -> body.add(new Paragraph(p)));
        setText(body);
        SafeChoice.focusCancel(this, Messages.get(locale, "backups.delete.keep"));
        setConfirmText(Messages.get(locale, "backups.delete.confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> onConfirm.run());
    }

    static List<String> text(DeletionCheck check, Locale locale) {
        Backup b = check.backup();
        List<String> text = new ArrayList<>();
        text.add(Messages.get(locale, "backups.delete.what", JobTexts.typeBackup(b.type(), locale), b.id().value(),
                BackupBadges.statusLabel(b.status(), locale)));
        text.add(Messages.get(locale, "backups.delete.recordsOnly"));
        text.add(Messages.get(locale, "backups.delete.spaceKept", b.disksCount(),
                Formatters.bytes(b.bytesTransferred(), locale)));
        text.add(switch (check.mounted()) {
            case NOT_MOUNTED -> Messages.get(locale,
                    check.mountsOnHub() == 0 ? "backups.delete.nothingMounted" : "backups.delete.notMounted");
            case UNKNOWN -> Messages.get(locale, "backups.delete.mountsUnknown", check.mountsOnHub());
            case MOUNTED -> Messages.get(locale, "backups.delete.mounted");
        });
        text.add(Messages.get(locale, "backups.delete.final"));
        return text;
    }

    /** Why the console will not delete: shown instead of the dialog. */
    static String refusal(DeletionCheck.Refusal refusal, Locale locale) {
        return switch (refusal) {
            case RUNNING -> Messages.get(locale, "backups.delete.refused.running");
            case MOUNTED -> Messages.get(locale, "backups.delete.refused.mounted");
        };
    }
}
