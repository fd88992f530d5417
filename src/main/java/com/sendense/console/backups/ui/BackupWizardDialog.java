package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupOperations;
import com.sendense.console.backups.BackupRequest;
import com.sendense.console.backups.StartPlan;
import com.sendense.console.backups.StartResult;
import com.sendense.console.base.i18n.Messages;
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
    final Button cancel = new Button();
    final Button back = new Button();
    final Button next = new Button();
    final Button start = new Button();
    private final BackupOperations operations;
    private final StartPlan plan;
    private final StartCallback callback;
    private final SerializableConsumer<BackupId> showProgress;
    private final Locale locale;

    BackupWizardDialog(BackupOperations operations, StartPlan plan, ZoneId zone, Locale locale, StartCallback callback,
            SerializableConsumer<BackupId> showProgress) {
        this.operations = operations;
        this.plan = plan;
        this.callback = callback;
        this.showProgress = showProgress;
        this.locale = locale;
        String vm = plan.vm().vmName();
        this.target = new TargetStep(plan, repo -> operations.incrementalOption(vm, repo), zone, locale);
        this.review = new ReviewStep(plan, locale);

        // Create components
        setHeaderTitle(t("backups.wizard.title", vm));
        cancel.setText(t("backups.wizard.cancel"));
        back.setText(t("backups.wizard.back"));
        next.setText(t("backups.wizard.next"));
        start.setText(t("backups.wizard.start"));
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
        stepTitle.setText(t(step == 1 ? "backups.wizard.step1" : "backups.wizard.step2"));
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
            case NO_DISKS -> t("backups.wizard.noDisks", vm);
            case NO_CREDENTIAL -> t("backups.wizard.noCredential", vm);
            case NO_REPOSITORY -> t("backups.wizard.noRepository");
        }).orElse(null);
        JobSnapshot running = plan.running();
        if (text == null && running != null) {
            text = JobTexts.blockedByRunning(vm, running, false, locale);
            var show = new Button(t("backups.start.showProgress"), e -> {
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
        start.setText(t("backups.wizard.starting"));
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
        problem.setText(t("backups.wizard.notStarted", HubErrorMessages.explain(hubError)));
        problem.setVisible(true);
        start.setText(t("backups.wizard.start"));
        start.setEnabled(true);
        back.setEnabled(true);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    private record Outcome(@Nullable StartResult result, @Nullable Throwable error) implements Serializable {}
}
