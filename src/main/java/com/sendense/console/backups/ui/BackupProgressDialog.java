package com.sendense.console.backups.ui;

import com.sendense.console.backups.JobDetails;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.live.LiveUpdates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.Flex;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A job's live progress, pushed by the application-wide poller while the dialog is open. It starts
 * from the state the caller read synchronously, so it never waits a poll to show something. The
 * backup is not tied to the dialog: closing it changes nothing on the hub, and the hub has no
 * cancel, which the dialog says where a cancel button would be.
 */
class BackupProgressDialog extends Dialog {

    final JobProgressPanel panel;
    final Button close = new Button();
    private final Clock clock;
    private @Nullable Registration ticks;

    BackupProgressDialog(JobSnapshot initial, JobDetails details, LiveUpdates live, Clock clock, ZoneId zone,
            Locale locale) {
        this.clock = clock;
        this.panel = new JobProgressPanel(initial, details, zone, locale);

        // Create components
        close.setText(Messages.get(locale, "backups.progress.close"));
        setHeaderTitle(Messages.get(locale, "backups.progress.title", initial.vmName()));
        setWidth("40rem");
        setMaxWidth("100%");
        var repository = new Span(
                Messages.get(locale, "backups.progress.into", details.repositoryName(), initial.id()));
        repository.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var noCancel = new Span(Messages.get(locale, JobTexts.NO_CANCEL));
        noCancel.setId("job-no-cancel");
        noCancel.addClassNames(TextColor.SECONDARY, FontSize.XSMALL, Flex.ONE);
        close.setId("job-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.render(initial, clock.instant());

        // Add listeners
        close.addClickListener(e -> close());
        boolean[] wasActive = {initial.active()};
        UiSubscriptions.whileAttached(this, ui -> live.subscribeJob(initial.id(), UiSubscriptions.inUi(ui, job -> {
            panel.render(job, clock.instant());
            if (wasActive[0] && !job.active()) {
                JobEndNotice.show(ui, job, clock.instant(), locale);
            }
            wasActive[0] = job.active();
            updateTicks(live, job);
        })));
        addDetachListener(e -> stopTicks());

        // Layout
        add(repository, panel);
        getFooter().add(noCancel, close);
    }

    /** Elapsed time moves every second while the job runs, from the one application-wide ticker. */
    private void updateTicks(LiveUpdates live, JobSnapshot job) {
        if (job.active() && ticks == null) {
            getUI().ifPresent(
                    ui -> ticks = live.subscribeTicks(UiSubscriptions.inUi(ui, now -> panel.renderClock(now))));
        } else if (!job.active()) {
            stopTicks();
        }
    }

    private void stopTicks() {
        if (ticks != null) {
            ticks.remove();
            ticks = null;
        }
    }
}
