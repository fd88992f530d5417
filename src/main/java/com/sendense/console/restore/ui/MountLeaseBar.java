package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.CountdownBadge;
import com.sendense.console.base.ui.component.CountdownBadge.Phase;
import com.sendense.console.hub.HubException;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.MountStateException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Counts down on the one application-wide ticker and says plainly that the hub cannot extend a mount; after
 * expiry "Remount and return here" mounts the same disk again and reopens the folder under the new mount.
 */
public class MountLeaseBar extends Composite<Div> {

    final CountdownBadge countdown;
    final Span message = new Span();
    final Button remount = new Button();
    private final MountRecord mount;
    private final SerializableSupplier<String> currentPath;
    private final MountService mounts;
    @Nullable
    CompletableFuture<?> pending;

    public MountLeaseBar(MountRecord mount, SerializableSupplier<String> currentPath, MountService mounts,
            LiveUpdates live, Clock clock) {
        this.mount = mount;
        this.currentPath = currentPath;
        this.mounts = mounts;

        // Create components
        countdown = new CountdownBadge(mount.expiresAt(), clock, live::subscribeTicks,
                MountRecord.WARNING_BEFORE_EXPIRY);
        countdown.setId("mount-countdown");
        message.addClassName("mount-lease-message");
        remount.setIcon(VaadinIcon.REFRESH.create());

        // Add listeners
        countdown.addPhaseChangeListener(e -> render(e.phase()));
        remount.addClickListener(e -> remountAndReturn());

        // Layout
        getContent().addClassName("mount-lease-bar");
        getContent().add(new Span(getTranslation("restore.lease.expires")), countdown, message, remount);
        render(countdown.phase());
    }

    private void render(Phase phase) {
        getContent().getElement().setAttribute("data-phase", phase.name().toLowerCase());
        if (phase != Phase.RUNNING && !mount.knownToConsole()) {
            // Remounting needs the backup and disk, which the hub's list does not give.
            remount.setVisible(false);
            message.setText(getTranslation(
                    phase == Phase.WARNING ? "restore.lease.endingOutside" : "restore.lease.expiredOutside"));
            return;
        }
        switch (phase) {
            case RUNNING -> {
                message.setText("");
                remount.setVisible(false);
            }
            case WARNING -> {
                message.setText(getTranslation("restore.lease.ending"));
                remount.setText(getTranslation("restore.lease.remountNow"));
                remount.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                remount.setVisible(true);
            }
            case EXPIRED -> {
                message.setText(getTranslation("restore.lease.expired"));
                remount.setText(getTranslation("restore.lease.remountReturn"));
                remount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                remount.setVisible(true);
            }
        }
    }

    private void remountAndReturn() {
        String path = currentPath.get();
        UI ui = UI.getCurrent();
        remount.setEnabled(false);
        message.setText(getTranslation("restore.lease.remounting"));
        pending = mounts.remountInBackground(mount.mountId())
                .whenComplete((fresh, error) -> UiSubscriptions.inUi(ui, () -> returnTo(path, fresh, error)).run());
    }

    private void returnTo(String path, @Nullable MountRecord fresh, @Nullable Throwable error) {
        remount.setEnabled(true);
        if (fresh != null) {
            RestoreNavigation.browse(fresh.mountId(), path);
            return;
        }
        Throwable cause = MountErrors.cause(error);
        render(countdown.phase());
        switch (cause) {
            case HubException e -> Notifications.error(MountErrors.sentence(e, getLocale()));
            case MountStateException e ->
                Notifications.error(getTranslation(e.text().key(), e.text().args().toArray()));
            case IllegalStateException e -> Notifications.error(e.getMessage());
            case RuntimeException e -> throw e;
            case null, default -> Notifications.error(getTranslation("restore.lease.remountFailed"));

        }
    }
}
