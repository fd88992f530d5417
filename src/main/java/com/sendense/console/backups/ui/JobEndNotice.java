package com.sendense.console.backups.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.Notifications;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.live.JobSnapshot;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a UI once that a job ended, however many parts of it (progress dialog, running view, the
 * wizard that started it) were watching. A completed backup links to the VM's recovery points.
 */
final class JobEndNotice {

    private static final String SHOWN = JobEndNotice.class.getName() + ".shown";

    private JobEndNotice() {}

    static void show(UI ui, JobSnapshot job, Instant now, Locale locale) {
        if (job.active() || !shownOnce(ui, job.id())) {
            return;
        }
        String vm = job.vmName();
        if (job.gone()) {
            Notifications.warning(Messages.get(locale, "backups.notice.gone", vm, job.id().value()));
        } else if (job.backup().status() == BackupStatus.COMPLETED) {
            var view = new Button(Messages.get(locale, "backups.notice.viewRecoveryPoint"),
                    e -> BackupsNavigation.showHistory(vm, job.id()));
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            long size = job.backup().totalBytes() > 0 ? job.backup().totalBytes() : job.backup().bytesTransferred();
            Notifications.success(
                    Messages.get(locale, "backups.notice.completed", JobTexts.typeBackup(job.backup().type(), locale),
                            vm, Formatters.bytes(size, locale), Formatters.duration(job.elapsed(now), locale)),
                    view);
        } else {
            String reason = job.backup().errorMessage() == null
                    ? Messages.get(locale, "backups.job.noReason")
                    : job.backup().errorMessage();
            Notifications.error(Messages.get(locale, "backups.notice.failed", vm, reason));
        }
    }

    /** Records the job as announced in this UI; false if it already was. */
    private static boolean shownOnce(UI ui, BackupId id) {
        @SuppressWarnings("unchecked")
        Set<BackupId> shown = (Set<BackupId>) ComponentUtil.getData(ui, SHOWN);
        if (shown == null) {
            shown = new HashSet<>();
            ComponentUtil.setData(ui, SHOWN, shown);
        }
        return shown.add(id);
    }
}
