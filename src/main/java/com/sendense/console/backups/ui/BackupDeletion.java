package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupDeletionRefusedException;
import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.DeletionCheck;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The delete action of both history views: check with the hub, refuse or confirm, delete, tell
 * the user. Expected failures are explained here; the view refreshes through {@code onChange}.
 */
final class BackupDeletion implements Serializable {

    private final BackupHistoryService service;
    private final ZoneId zone;

    BackupDeletion(BackupHistoryService service) {
        this.service = service;
        this.zone = service.zone();
    }

    /** Opens the confirmation (or explains the refusal); returns the dialog if one was opened. */
    @Nullable
    DeleteBackupDialog start(BackupId id, Locale locale, SerializableRunnable onChange) {
        DeletionCheck check;
        try {
            check = service.checkDeletion(id);
        } catch (HubException e) {
            failed(e, onChange);
            return null;
        }
        if (check.refusal() != null) {
            Notifications.warning(DeleteBackupDialog.refusal(check.refusal(), locale));
            return null;
        }
        var dialog = new DeleteBackupDialog(check, zone, locale, () -> delete(id, locale, onChange));
        dialog.open();
        return dialog;
    }

    private void delete(BackupId id, Locale locale, SerializableRunnable onChange) {
        try {
            service.delete(id);
            Notifications.success(Messages.get(locale, "backups.delete.done"));
            onChange.run();
        } catch (BackupDeletionRefusedException e) {
            Notifications.warning(DeleteBackupDialog.refusal(e.reason(), locale));
            onChange.run();
        } catch (HubException e) {
            failed(e, onChange);
        }
    }

    private static void failed(HubException e, SerializableRunnable onChange) {
        Notifications.error(HubErrorMessages.explain(e));
        if (e.code() == HubErrorCode.BACKUP_NOT_FOUND) {
            onChange.run();
        }
    }
}
