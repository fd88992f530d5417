package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupOperations;
import com.sendense.console.backups.StartPlan;
import com.sendense.console.backups.StartResult;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public opener of the backup dialogs for other features (the VM list and its details drawer):
 * "Backup now" and "show progress". Only operators and administrators may start backups; the
 * service checks that again.
 */
@Component
public class BackupActions {

    private final BackupOperations operations;
    private final LiveUpdates live;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    BackupActions(BackupOperations operations, LiveUpdates live, CurrentUser currentUser, HubZone hub, Clock clock) {
        this.operations = operations;
        this.live = live;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = hub.zone();
    }

    /**
     * Whether the signed-in user may start backups; hide "Backup now" otherwise.
     *
     * @return {@code true} for operators and administrators
     */
    public boolean mayStart() {
        return currentUser.hasRole(Role.OPERATOR) || currentUser.hasRole(Role.ADMIN);
    }

    /**
     * Opens the backup wizard for a VM, or says why it cannot be opened.
     *
     * @param vmName the VM
     */
    public void openWizard(String vmName) {
        StartPlan plan;
        try {
            plan = operations.plan(vmName);
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
            return;
        }
        new BackupWizardDialog(operations, plan, zone, locale(), this::started, this::openProgress).open();
    }

    /**
     * Opens a job's live progress.
     *
     * @param id the job
     */
    public Optional<BackupProgressDialog> openProgress(BackupId id) {
        Optional<JobSnapshot> job;
        try {
            job = operations.job(id);
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
            return Optional.empty();
        }
        if (job.isEmpty()) {
            Notifications.warning(Messages.get(locale(), "backups.actions.gone", id.value()));
        }
        return job.map(this::openProgress);
    }

    BackupProgressDialog openProgress(JobSnapshot job) {
        var dialog = new BackupProgressDialog(job, operations.details(job), live, clock, zone, locale());
        dialog.open();
        return dialog;
    }

    private void started(StartResult result) {
        switch (result) {
            case StartResult.Started s -> {
                follow(UI.getCurrent(), s.backup().id());
                openProgress(s.backup().id());
            }
            case StartResult.Attached a -> {
                follow(UI.getCurrent(), a.backup().id());
                Notifications
                        .warning(Messages.get(locale(), "backups.start.attached", a.vmName(), a.backup().id().value()));
                openProgress(a.backup().id());
            }
            case StartResult.AlreadyRunning r when r.running() != null -> {
                var show = new Button(Messages.get(locale(), "backups.start.showProgress"),
                        e -> openProgress(r.running().id()));
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Notifications.warning(JobTexts.blockedByRunning(r.vmName(), r.running(), true, locale()), show);
            }
            case StartResult.AlreadyRunning r -> {
                var show = new Button(Messages.get(locale(), "backups.running.title"),
                        e -> BackupsNavigation.showRunning());
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Notifications.warning(Messages.get(locale(), "backups.start.beingStarted", r.vmName()), show);
            }
            case StartResult.OutcomeUnknown u -> Notifications.error(Messages.get(locale(),
                    u.lastCheck() == null ? "backups.start.unknown" : "backups.start.unknownUnchecked", u.vmName()));
        }
    }

    /** The UI that started a job hears when it ends, even with the progress dialog closed. */
    private void follow(UI ui, BackupId id) {
        Registration[] registration = new Registration[1];
        registration[0] = UiSubscriptions.whileAttached(ui, u -> live.subscribeJob(id, UiSubscriptions.inUi(u, job -> {
            if (!job.active()) {
                JobEndNotice.show(u, job, clock.instant(), locale());
                registration[0].remove();
            }
        })));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.UK : ui.getLocale();
    }
}
