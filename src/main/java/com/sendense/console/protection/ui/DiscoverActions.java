package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiLocale;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.protection.DiscoveryService;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The public opener of "Discover VMs" for other features (the VM list). Only operators and administrators
 * may discover and add VMs; the service checks that again.
 */
@Component
public class DiscoverActions {

    private final DiscoveryService discovery;
    private final CurrentUser currentUser;

    DiscoverActions(DiscoveryService discovery, CurrentUser currentUser) {
        this.discovery = discovery;
        this.currentUser = currentUser;
    }

    public boolean mayDiscover() {
        return currentUser.hasRole(Role.OPERATOR) || currentUser.hasRole(Role.ADMIN);
    }

    /** "+ Discover VMs" for a toolbar, or {@code null} for users who may not add VMs. */
    public @Nullable Button button(SerializableRunnable onAdded) {
        if (!mayDiscover()) {
            return null;
        }
        var button = new Button(Messages.get(UiLocale.current(), "protection.discover.button"),
                VaadinIcon.PLUS.create(), e -> open(null, onAdded));
        button.setId("discover-vms");
        return button;
    }

    /** Opens the dialog with {@code credentialId} chosen, or the default credential when {@code null}. */
    public void open(@Nullable Integer credentialId, SerializableRunnable onAdded) {
        List<VmwareCredential> credentials;
        try {
            credentials = discovery.credentials();
        } catch (HubException e) {
            Notifications.error(
                    Messages.get(UiLocale.current(), "protection.credentials.unreadable", HubErrorMessages.explain(e)));
            return;
        }
        new DiscoverVmsDialog(discovery, credentials, credentialId, locale(), onAdded).open();
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.UK : ui.getLocale();
    }
}
