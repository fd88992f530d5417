package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.RestoreResources;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.MountsSnapshot;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.MountStateException;
import com.sendense.console.restore.MountUsage;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Refreshes from the shared poller while open; mounts made outside the console are shown as such. */
@StyleSheet("styles/restore.css")
@Route("restore/mounts")
@Menu(order = 31, icon = "vaadin:harddrive", title = "Active mounts")
@RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
class ActiveMountsView extends Main implements HasDynamicTitle {

    private final MountService mounts;
    private final MountUsage usage;
    final MountsGrid grid;
    final Span slots = new Span();
    final Span problem = new Span();
    private final ZoneId zone;
    private int maxSlots = 8;
    @Nullable
    CompletableFuture<?> pending;

    ActiveMountsView(MountService mounts, MountUsage usage, CurrentUser currentUser, LiveUpdates live, Clock clock,
            HubZone hub) {
        this.mounts = mounts;
        this.usage = usage;
        this.zone = hub.zone();
        boolean mayMount = !currentUser.hasRole(Role.MANAGER);

        // Create components
        grid = new MountsGrid(usage, live, clock, hub.zone(), locale(), new MountsGrid.Actions(
                m -> RestoreNavigation.browse(m.mountId(), "/"), this::confirmUnmount, this::remount, mayMount));
        slots.setId("mount-slots");
        problem.addClassName("restore-notice");
        problem.setVisible(false);
        var refresh = new Button(getTranslation("restore.mounts.refresh"), VaadinIcon.REFRESH.create(), e -> load());
        var restore = new Button(getTranslation("restore.wizard.title"), VaadinIcon.FOLDER_OPEN.create(),
                e -> RestoreNavigation.openWizard());
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setVisible(mayMount);
        var lease = new Paragraph(getTranslation("restore.mounts.lease"));
        lease.addClassName("mounts-lease-note");

        // Add listeners
        UiSubscriptions.whileAttached(this, ui -> live.subscribeMounts(UiSubscriptions.inUi(ui, this::show)));

        // Layout
        setSizeFull();
        addClassNames(Display.FLEX, "flex-col", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(new ViewToolbar(getTranslation("restore.mounts.title"), ViewToolbar.group(slots, refresh, restore)), lease,
                problem, grid);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("restore.mounts.title");
    }

    private void load() {
        try {
            RestoreResources resources = mounts.slots();
            maxSlots = resources.maxMounts();
            showMounts(mounts.activeMounts(), resources.activeMounts());
        } catch (HubException e) {
            grid.showKnown(false);
            showProblem(HubErrorMessages.explain(e) + " " + getTranslation("restore.mounts.unknownUntilAnswer"));
        }
    }

    private void show(MountsSnapshot snapshot) {
        try {
            @Nullable
            RestoreResources r = snapshot.resources();
            if (r != null) {
                maxSlots = r.maxMounts();
            }
            showMounts(mounts.activeMounts(snapshot), r != null ? r.activeMounts() : snapshot.mounts().size());
            Instant since = snapshot.unreadableSince();
            if (since != null) {
                grid.showKnown(false);
                showProblem(getTranslation("restore.mounts.outage", Formatters.time(since, zone, locale()),
                        Formatters.time(snapshot.fetchedAt(), zone, locale())));
            }
        } catch (RuntimeException e) {
            showProblem(getTranslation("restore.mounts.showFailed", String.valueOf(e.getMessage())));
        }
    }

    private void showMounts(List<MountRecord> records, int used) {
        problem.setVisible(false);
        grid.showKnown(true);
        grid.setItems(records);
        slots.setText(getTranslation("restore.mounts.slots", used, maxSlots));
        slots.getElement().getThemeList().set("badge", true);
        slots.getElement().getThemeList().set("error", used >= maxSlots);
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void confirmUnmount(MountRecord m) {
        List<MountUsage.User> users = usage.users(m.mountId());
        if (users.isEmpty()) {
            unmount(m);
            return;
        }
        String who = users.stream().map(MountUsage.User::username).distinct().collect(Collectors.joining(", "));
        var dialog = new ConfirmDialog(getTranslation("restore.mounts.inUse.title"),
                getTranslation("restore.mounts.inUse.text", who), getTranslation("restore.mounts.inUse.confirm"),
                e -> unmount(m));
        dialog.setConfirmButtonTheme("error primary");
        SafeChoice.focusCancel(dialog, getTranslation("restore.mounts.keep"));
        dialog.open();
    }

    private void unmount(MountRecord m) {
        try {
            String what = m.vmName() == null
                    ? getTranslation("restore.mounts.theMount")
                    : getTranslation("restore.mounts.theMountOf", m.vmName());
            if (mounts.unmount(m.mountId())) {
                Notifications.success(getTranslation("restore.mounts.unmounted", what));
            } else {
                Notifications.warning(getTranslation("restore.mounts.alreadyGone", what));
            }
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
        }
        load();
    }

    /** Mounting takes the hub a while (NBD device, partition scan), so it runs in the background. */
    private void remount(MountRecord m) {
        UI ui = UI.getCurrent();
        pending = mounts.remountInBackground(m.mountId())
                .whenComplete((fresh, error) -> UiSubscriptions.inUi(ui, () -> remounted(m, fresh, error)).run());
    }

    private void remounted(MountRecord old, @Nullable MountRecord fresh, @Nullable Throwable error) {
        Throwable cause = MountErrors.cause(error);
        switch (cause) {
            case null -> Notifications.success(getTranslation("restore.mounts.remounted",
                    String.valueOf(fresh == null ? old.vmName() : fresh.vmName())));
            case HubException e -> Notifications.error(MountErrors.sentence(e, locale()));
            case MountStateException e ->
                Notifications.error(getTranslation(e.text().key(), e.text().args().toArray()));
            case IllegalStateException e -> Notifications.error(e.getMessage());
            default -> Notifications.error(getTranslation("restore.mounts.remountFailed", cause.getMessage()));

        }
        load();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
