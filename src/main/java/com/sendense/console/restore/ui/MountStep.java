package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;

import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.CountdownBadge;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.RestoreResources;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Step 4: shows progress while the hub mounts (it takes seconds); every failure comes with its next action. */
class MountStep extends Div {

    final Button mount = new Button(VaadinIcon.HARDDRIVE.create());
    final Span slots = new Span();
    final Div progress = new Div();
    final Div outcome = new Div();
    @Nullable
    CompletableFuture<?> pending;
    private final String vmName;
    private final Backup backup;
    private final int diskIndex;
    private final MountService mounts;
    private final LiveUpdates live;
    private final Clock clock;
    private final Locale locale;
    private final SerializableRunnable onChooseAnother;

    MountStep(String vmName, Backup backup, int diskIndex, String summary, MountService mounts, LiveUpdates live,
            Clock clock, Locale locale, SerializableRunnable onBack, SerializableRunnable onChooseAnother) {
        this.vmName = vmName;
        this.backup = backup;
        this.diskIndex = diskIndex;
        this.mounts = mounts;
        this.live = live;
        this.clock = clock;
        this.locale = locale;
        this.onChooseAnother = onChooseAnother;

        // Create components
        mount.setText(t("restore.mount.button"));
        mount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", t("restore.mount.barLabel"));
        progress.add(bar, new Paragraph(t("restore.mount.progress", summary)));
        progress.addClassName("mount-progress");
        progress.setVisible(false);
        var back = new Button(t("restore.wizard.back"), VaadinIcon.ARROW_LEFT.create(), e -> onBack.run());
        var lease = new Paragraph(t("restore.mount.lease"));

        // Add listeners
        mount.addClickListener(e -> startMount());

        // Layout
        addClassName("restore-step-body");
        add(new H2(t("restore.mount.title", summary)), slots, lease, outcome, progress, new Div(back, mount));
        refreshSlots();
        showExisting();
    }

    void startMount() {
        UI ui = UI.getCurrent();
        mount.setEnabled(false);
        outcome.removeAll();
        progress.setVisible(true);
        Instant started = clock.instant();
        try {
            pending = mounts.mountInBackground(vmName, backup.id(), diskIndex)
                    .whenComplete((m, error) -> UiSubscriptions.inUi(ui, () -> finish(m, error, started)).run());
        } catch (RuntimeException e) {
            finish(null, e, started);
        }
    }

    private void finish(@Nullable MountRecord m, @Nullable Throwable error, Instant started) {
        progress.setVisible(false);
        mount.setEnabled(true);
        if (m != null) {
            if (m.createdAt().isBefore(started.minus(MountService.CREATED_BY_US_SLACK))) {
                showAlreadyMounted(m);
            } else {
                RestoreNavigation.browse(m.mountId(), "/");
            }
            return;
        }
        Throwable cause = MountErrors.cause(error);
        if (cause instanceof HubException e) {
            var explanation = MountErrors.explain(e, locale);
            List<MountRecord> inUse = explanation.next() == MountErrors.NextStep.SHOW_MOUNTS ? inUse() : List.of();
            outcome.add(new MountProblemPanel(explanation, inUse, clock.instant(), locale,
                    new MountProblemPanel.Actions(this::startMount, this::startMount, onChooseAnother)));
            refreshSlots();
        } else if (cause instanceof RuntimeException e) {
            throw e;
        }
    }

    private void showExisting() {
        try {
            mounts.activeMounts()
                    .stream()
                    .filter(m -> backup.id().equals(m.backupId()) && Integer.valueOf(diskIndex).equals(m.diskIndex()))
                    .findFirst()
                    .ifPresent(this::showAlreadyMounted);
        } catch (HubException e) {
            // The mount attempt reports any real problem; this was only a courtesy check.
        }
    }

    /**
     * Mounting again hands back the same mount, so only "Open it" leads in, unless it expired (mounting replaces it).
     */
    private void showAlreadyMounted(MountRecord m) {
        outcome.removeAll();
        if (m.expired(clock.instant())) {
            mount.setEnabled(true);
            mount.setTooltipText(null);
            var panel = new Div(new Paragraph(t("restore.mount.expired", RestoreLabels.openedBy(m, locale))));
            panel.addClassName("mount-existing");
            outcome.add(panel);
            return;
        }
        mount.setEnabled(false);
        mount.setTooltipText(t("restore.mount.alreadyTooltip"));
        var open = new Button(t("restore.mount.open"), VaadinIcon.FOLDER_OPEN.create(),
                e -> RestoreNavigation.browse(m.mountId(), "/"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var panel = new Div(new Paragraph(t("restore.mount.already", RestoreLabels.openedBy(m, locale))),
                new Span(t("restore.mount.timeLeft") + " "),
                new CountdownBadge(m.expiresAt(), clock, live::subscribeTicks), open);
        panel.addClassName("mount-existing");
        outcome.add(panel);
    }

    private void refreshSlots() {
        try {
            RestoreResources r = mounts.slots();
            slots.setText(t("restore.mount.slots", r.activeMounts(), r.maxMounts()));
            if (r.availableSlots() <= 0 && outcome.getChildren().findAny().isEmpty()) {
                var e = MountErrors.explainSlotsFull(locale);
                outcome.add(new MountProblemPanel(e, inUse(), clock.instant(), locale,
                        new MountProblemPanel.Actions(this::startMount, this::startMount, onChooseAnother)));
            }
        } catch (HubException e) {
            slots.setText(t("restore.mount.slotsUnknown", HubErrorMessages.explain(e)));
        }
    }

    private List<MountRecord> inUse() {
        try {
            return mounts.activeMounts();
        } catch (HubException e) {
            return List.of();
        }
    }

    Optional<CompletableFuture<?>> pending() {
        return Optional.ofNullable(pending);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
