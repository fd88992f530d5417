package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.MountId;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.BrowseMount;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** When the mount has gone, it offers to mount the same disk again and come back to the same folder. */
final class BrowserHeader extends Div {

    final H2 title = new H2(getTranslation("browser.title"));
    final Span mountInfo = new Span();
    final Div lease = new Div();
    final Button remount = new Button(getTranslation("browser.header.remount"), VaadinIcon.REFRESH.create());
    @Nullable
    CompletableFuture<?> pending;
    private @Nullable MountId goneMount;
    private String goneAt = "/";
    private final transient MountService mounts;
    private final LiveUpdates live;
    private final Clock clock;
    private final SerializableSupplier<String> currentPath;

    BrowserHeader(MountService mounts, LiveUpdates live, Clock clock, SerializableSupplier<String> currentPath) {
        this.mounts = mounts;
        this.live = live;
        this.clock = clock;
        this.currentPath = currentPath;
        var close = new Button(getTranslation("browser.header.close"), VaadinIcon.CLOSE_SMALL.create(),
                e -> RestoreNavigation.showMounts());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remount.setVisible(false);
        remount.setDisableOnClick(true);
        remount.addClickListener(e -> remountGone());
        lease.addClassName("browser-lease");
        var top = new Div(title, mountInfo, close);
        top.addClassName("browser-heading");
        addClassName("browser-header");
        add(top, lease);
    }

    void show(BrowseMount mount) {
        mountInfo.setText(
                getTranslation("browser.header.mountInfo", mount.vmName(), mount.backupId(), mount.diskIndex()));
        lease.removeAll();
        remount.setVisible(false);
        mounts.find(mount.mountId()).ifPresent(r -> lease.add(new MountLeaseBar(r, currentPath, mounts, live, clock)));
    }

    /** Offers a remount when the console knows the disk, else the wizard; returns the problem panel's sentence. */
    String gone(MountId mountId, String path) {
        goneMount = mountId;
        goneAt = path;
        mountInfo.setText("");
        lease.removeAll();
        Optional<String> vm = mounts.remountable(mountId);
        if (vm.isEmpty()) {
            remount.setVisible(false);
            lease.add(wizard(null));
            return getTranslation("browser.header.goneUnknown");
        }
        lease.add(remount);
        remount.setVisible(true);
        return getTranslation("browser.header.gone", vm.get());
    }

    private Button wizard(@Nullable String vmName) {
        var start = new Button(vmName == null
                ? getTranslation("browser.header.startRestore")
                : getTranslation("browser.header.restoreVm", vmName), VaadinIcon.FOLDER_OPEN.create(), e -> {
                    if (vmName == null) {
                        RestoreNavigation.openWizard();
                    } else {
                        RestoreNavigation.openWizard(vmName);
                    }
                });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("browser-start-restore");
        return start;
    }

    /** Mounting takes the hub a moment; the button says so and the page stays usable meanwhile. */
    private void remountGone() {
        MountId mountId = goneMount;
        String path = goneAt;
        if (mountId == null) {
            return;
        }
        UI ui = UI.getCurrent();
        remount.setText(getTranslation("browser.header.remounting"));
        pending = mounts.remountInBackground(mountId)
                .whenComplete((fresh, error) -> UiSubscriptions.inUi(ui, () -> remounted(path, fresh, error)).run());
    }

    private MountId goneMountOrThrow() {
        if (goneMount == null) {
            throw new IllegalStateException("No mount has gone");
        }
        return goneMount;
    }

    private void remounted(String path, @Nullable MountRecord fresh, @Nullable Throwable error) {
        remount.setText(getTranslation("browser.header.remount"));
        remount.setEnabled(true);
        Throwable cause = MountErrors.cause(error);
        switch (cause) {
            case null -> {
                if (fresh != null) {
                    RestoreNavigation.browse(fresh.mountId(), path);
                }
            }
            case IllegalStateException e -> Notifications.warning(e.getMessage());
            case HubNotFoundException e when e.code() != HubErrorCode.MOUNT_NOT_FOUND -> {
                // The backup itself is gone: the same disk cannot come back, another recovery point can.
                Notifications.error(MountErrors.sentence(e));
                remount.setVisible(false);
                mounts.remountable(goneMountOrThrow()).ifPresent(vm -> lease.add(wizard(vm)));
            }
            case HubException e -> Notifications.error(MountErrors.sentence(e));
            default -> Notifications.error(getTranslation("browser.header.remountFailed", cause.getMessage()));
        }
    }
}
