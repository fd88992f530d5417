package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupOperations;
import com.sendense.console.backups.BackupRequest;
import com.sendense.console.backups.StartPlan;
import com.sendense.console.backups.StartResult;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.Repository;
import com.sendense.console.live.JobSnapshot;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * "Back up a VM" in two steps: where and how, then a review. Start is disabled in the browser on the
 * first click and the service refuses a second start of the same VM, so a double click or a second
 * user cannot start a duplicate. The hub is called in the background; the dialog stays responsive.
 */
class BackupWizardDialog extends Dialog {

    /** Gets the outcome once the dialog has closed itself. */
    @FunctionalInterface
    interface StartCallback extends Serializable {

        void started(StartResult result);
    }

    final TargetStep target;
    final ReviewStep review;
    final Span stepTitle = new Span();
    final Paragraph problem = new Paragraph();
    final Button cancel = new Button("Cancel");
    final Button back = new Button("Back");
    final Button next = new Button("Next");
    final Button start = new Button("Start backup");
    private final BackupOperations operations;
    private final StartPlan plan;
    private final StartCallback callback;
    private final SerializableConsumer<BackupId> showProgress;

    BackupWizardDialog(BackupOperations operations, StartPlan plan, ZoneId zone, Locale locale, StartCallback callback,
            SerializableConsumer<BackupId> showProgress) {
        this.operations = operations;
        this.plan = plan;
        this.callback = callback;
        this.showProgress = showProgress;
        String vm = plan.vm().vmName();
        this.target = new TargetStep(plan, repo -> operations.incrementalOption(vm, repo), zone, locale);
        this.review = new ReviewStep(plan, locale);

        // Create components
        setHeaderTitle("Back up " + vm);
        setWidth("34rem");
        setMaxWidth("100%");
        stepTitle.addClassNames(TextColor.SECONDARY, FontSize.SMALL);
        problem.setId("wizard-problem");
        problem.addClassNames("notice", "notice-warning");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("wizard-start");
        start.setDisableOnClick(true);

        // Add listeners
        cancel.addClickListener(e -> close());
        back.addClickListener(e -> showStep(1));
        next.addClickListener(e -> {
            if (target.validate()) {
                showStep(2);
            }
        });
        start.addClickListener(e -> startBackup());

        // Layout
        add(stepTitle, problem, target, review);
        getFooter().add(cancel, back, next, start);
        showStep(1);
        explainBlockers(plan);
    }

    private void showStep(int step) {
        stepTitle.setText(step == 1 ? "Step 1 of 2: repository and type" : "Step 2 of 2: review and start");
        target.setVisible(step == 1);
        review.setVisible(step == 2);
        back.setVisible(step == 2);
        next.setVisible(step == 1);
        start.setVisible(step == 2);
        if (step == 2) {
            Repository repo = Objects.requireNonNull(target.choice.repository);
            review.show(repo, target.choice.type, target.option(), target.storageText(repo));
        }
    }

    private void explainBlockers(StartPlan plan) {
        String vm = plan.vm().vmName();
        String text = plan.blocker().map(b -> switch (b) {
            case NO_DISKS ->
                "The hub knows no disks for " + vm + ", so a backup would fail. Run VM discovery on the hub.";
            case NO_CREDENTIAL -> "The hub has no VMware credentials for " + vm + ". A start would fail and leave a "
                    + "job on the hub that never ends. Assign credentials on the hub first.";
            case NO_REPOSITORY -> "The hub has no enabled repository to back up into.";
        }).orElse(null);
        JobSnapshot running = plan.running();
        if (text == null && running != null) {
            text = JobTexts.blockedByRunning(vm, running, "so the console does not");
            var show = new Button("Show progress", e -> {
                close();
                showProgress.accept(running.id());
            });
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            problem.add(new Span(text + " "), show);
        } else if (text != null) {
            problem.setText(text);
        }
        problem.setVisible(text != null);
        next.setEnabled(text == null);
        start.setEnabled(text == null);
    }

    private void startBackup() {
        Repository repo = Objects.requireNonNull(target.choice.repository);
        var request = new BackupRequest(plan.vm().vmName(), target.choice.type, repo.id());
        UI ui = UI.getCurrent();
        back.setEnabled(false);
        start.setText("Starting…");
        problem.setVisible(false);
        SerializableConsumer<Outcome> deliver = UiSubscriptions.inUi(ui, this::finished);
        operations.start(request).whenComplete((result, error) -> deliver.accept(new Outcome(result, error)));
    }

    private void finished(Outcome outcome) {
        if (outcome.result() != null) {
            close();
            callback.started(outcome.result());
            return;
        }
        Throwable error = outcome.error() instanceof CompletionException c && c.getCause() != null
                ? c.getCause()
                : outcome.error();
        if (!(error instanceof HubException hubError)) {
            throw new IllegalStateException("Starting the backup failed", error);
        }
        // The hub refused: nothing started, so trying again (perhaps with another choice) is safe.
        problem.removeAll();
        problem.setText("The backup did not start. " + HubErrorMessages.explain(hubError));
        problem.setVisible(true);
        start.setText("Start backup");
        start.setEnabled(true);
        back.setEnabled(true);
    }

    private record Outcome(@Nullable StartResult result, @Nullable Throwable error) implements Serializable {}
}
