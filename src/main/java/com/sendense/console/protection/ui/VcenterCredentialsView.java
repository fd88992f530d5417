package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.protection.CredentialListing;
import com.sendense.console.protection.VcenterCredentialService;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/** Administration → vCenter credentials: the logins the hub uses for discovery and for every backup. */
@Route("admin/vcenter")
@PageTitle("vCenter credentials")
@Menu(order = 92, icon = "vaadin:key", title = "vCenter credentials")
@RolesAllowed(Roles.ADMIN)
class VcenterCredentialsView extends Main {

    final Button newCredential = new Button("New credential", VaadinIcon.PLUS.create());
    final Grid<CredentialListing> grid = new Grid<>();
    final Paragraph problem = new Paragraph();
    private final VcenterCredentialService credentials;
    private final DiscoverActions discover;
    private final Clock clock;

    VcenterCredentialsView(VcenterCredentialService credentials, DiscoverActions discover, Clock clock) {
        this.credentials = credentials;
        this.discover = discover;
        this.clock = clock;

        // Create components
        newCredential.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
        configureGrid();
        problem.setVisible(false);
        var note = new Paragraph("Backups of a VM use the credential it was added with. The hub lets you delete a "
                + "credential that VMs still use, and their backups then fail; this page warns first.");

        // Add listeners
        newCredential.addClickListener(e -> new CredentialFormDialog(null, draft -> {
            credentials.create(draft);
            refresh();
            Notifications.success("vCenter credential " + draft.name() + " created");
        }).open());

        // Layout
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL);
        setSizeFull();
        add(new ViewToolbar("vCenter credentials", ViewToolbar.group(refresh, newCredential)), note, problem, grid);
        refresh();
    }

    private void configureGrid() {
        ClippedText.addColumn(grid, l -> l.credential().name()).setHeader("Name").setKey("name").setAutoWidth(true);
        // What a delete would break comes first; the rest may scroll on narrow screens.
        grid.addComponentColumn(l -> ClippedText
                .span(l.vmNames().isEmpty() ? "none" : l.vmNames().size() + ": " + String.join(", ", l.vmNames())))
                .setHeader("VMs using it")
                .setKey("vms")
                .setWidth("14rem")
                .setFlexGrow(1);
        ClippedText.addColumn(grid, l -> l.credential().vcenterHost())
                .setHeader("Host")
                .setKey("host")
                .setWidth("12rem");
        ClippedText.addColumn(grid, l -> l.credential().username()).setHeader("User").setKey("user").setWidth("12rem");
        ClippedText.addColumn(grid, l -> l.credential().datacenter())
                .setHeader("Datacenter")
                .setKey("datacenter")
                .setAutoWidth(true);
        grid.addComponentColumn(VcenterCredentialsView::state).setHeader("State").setKey("state").setAutoWidth(true);
        grid.addColumn(l -> Formatters.ago(l.credential().lastUsed(), clock.instant()))
                .setHeader("Last used")
                .setKey("lastUsed")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassNames(LumoUtility.Flex.GROW);
    }

    void refresh() {
        try {
            grid.setItems(credentials.list());
            problem.setVisible(false);
        } catch (HubException e) {
            grid.setItems(List.of());
            problem.setText("The credentials could not be read. " + HubErrorMessages.explain(e));
            problem.setVisible(true);
        }
    }

    private Component actions(CredentialListing listing) {
        VmwareCredential c = listing.credential();
        var edit = iconButton(VaadinIcon.EDIT, "Edit " + c.name(), () -> new CredentialFormDialog(c, draft -> {
            credentials.update(c.id(), draft);
            refresh();
            Notifications.success("vCenter credential " + draft.name() + " saved");
        }).open());
        var makeDefault = iconButton(VaadinIcon.STAR, "Set " + c.name() + " as default", () -> setDefault(c));
        makeDefault.setEnabled(!c.isDefault());
        var discoverNow = iconButton(VaadinIcon.SEARCH, "Discover now with " + c.name(),
                () -> discover.open(c.id(), this::refresh));
        var delete = iconButton(VaadinIcon.TRASH, "Delete " + c.name(),
                () -> CredentialDeletion.confirm(c, credentials, this::refresh));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(edit, makeDefault, discoverNow, delete);
        actions.setSpacing(false);
        return actions;
    }

    private static Component state(CredentialListing l) {
        var active = l.credential().active()
                ? new StatusBadge("Active", StatusBadge.Tone.SUCCESS)
                : new StatusBadge("Inactive", StatusBadge.Tone.CONTRAST);
        var state = new HorizontalLayout(active);
        state.setSpacing(false);
        state.addClassName(LumoUtility.Gap.XSMALL);
        if (l.credential().isDefault()) {
            state.add(new StatusBadge("Default", StatusBadge.Tone.PRIMARY));
        }
        return state;
    }

    private void setDefault(VmwareCredential c) {
        try {
            credentials.setDefault(c);
            Notifications.success(c.name() + " is now the default vCenter credential");
        } catch (HubException e) {
            Notifications.error("The default was not changed. " + HubErrorMessages.explain(e));
        }
        refresh();
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
