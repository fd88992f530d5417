package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.hub.MountId;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.BrowseMount;
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

/**
 * The browser's heading: the folder's name, which VM, recovery point and disk it comes from, the
 * mount's lease bar, and Close. When the mount has gone, it offers to mount the same disk again
 * and come back to the same folder.
 */
final class BrowserHeader extends Div {

    final H2 title = new H2("Browse files");
    final Span mountInfo = new Span();
    final Div lease = new Div();
    final Button remount = new Button("Remount and return here", VaadinIcon.REFRESH.create());
    private final transient MountService mounts;
    private final LiveUpdates live;
    private final Clock clock;
    private final SerializableSupplier<String> currentPath;

    BrowserHeader(MountService mounts, LiveUpdates live, Clock clock, SerializableSupplier<String> currentPath) {
        this.mounts = mounts;
        this.live = live;
        this.clock = clock;
        this.currentPath = currentPath;
        var close = new Button("Close", VaadinIcon.CLOSE_SMALL.create(), e -> RestoreNavigation.showMounts());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remount.setVisible(false);
        lease.addClassName("browser-lease");
        var top = new Div(title, mountInfo, close);
        top.addClassName("browser-heading");
        addClassName("browser-header");
        add(top, lease);
    }

    void show(BrowseMount mount) {
        mountInfo.setText(mount.vmName() + " · recovery point " + mount.backupId() + " · disk " + mount.diskIndex());
        lease.removeAll();
        remount.setVisible(false);
        mounts.find(mount.mountId()).ifPresent(r -> lease.add(new MountLeaseBar(r, currentPath, mounts, live, clock)));
    }

    /** The mount is gone: offer to mount the same disk again and return to {@code path}. */
    void gone(MountId mountId, String path) {
        mountInfo.setText("");
        lease.removeAll();
        lease.add(remount);
        remount.setVisible(true);
        remount.addClickListener(e -> {
            try {
                RestoreNavigation.browse(mounts.remount(mountId).mountId(), path);
            } catch (IllegalStateException ex) {
                Notifications.warning(ex.getMessage());
                UI.getCurrent().navigate(RestoreWizardView.class);
            }
        });
    }
}
