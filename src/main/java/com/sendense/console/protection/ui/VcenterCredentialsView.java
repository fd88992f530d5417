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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/** Administration → vCenter credentials: the logins the hub uses for discovery and for every backup. */
@Route("admin/vcenter")
@Menu(order = 92, icon = "vaadin:key", title = "vCenter credentials")
@RolesAllowed(Roles.ADMIN)
class VcenterCredentialsView extends Main implements HasDynamicTitle {

    final Button newCredential = new Button(getTranslation("protection.credentials.new"), VaadinIcon.PLUS.create());
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
        var refresh = new Button(getTranslation("protection.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        configureGrid();
        problem.setVisible(false);
        var note = new Paragraph(getTranslation("protection.credentials.note"));

        // Add listeners
        newCredential.addClickListener(e -> new CredentialFormDialog(null, draft -> {
            credentials.create(draft);
            refresh();
            Notifications.success(getTranslation("protection.credentials.created", draft.name()));
        }).open());

        // Layout
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL);
        setSizeFull();
        add(new ViewToolbar(getTranslation("protection.credentials.title"), ViewToolbar.group(refresh, newCredential)),
                note, problem, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("protection.credentials.title");
    }

    private void configureGrid() {
        ClippedText.addColumn(grid, l -> l.credential().name())
                .setHeader(getTranslation("protection.groups.col.name"))
                .setKey("name")
                .setAutoWidth(true);
        // What a delete would break comes first; the rest may scroll on narrow screens.
        grid.addComponentColumn(l -> ClippedText.span(l.vmNames().isEmpty()
                ? getTranslation("protection.credentials.noVms")
                : getTranslation("protection.credentials.vms", l.vmNames().size(), String.join(", ", l.vmNames()))))
                .setHeader(getTranslation("protection.credentials.col.vms"))
                .setKey("vms")
                .setWidth("14rem")
                .setFlexGrow(1);
        ClippedText.addColumn(grid, l -> l.credential().vcenterHost())
                .setHeader(getTranslation("protection.credentials.col.host"))
                .setKey("host")
                .setWidth("12rem");
        ClippedText.addColumn(grid, l -> l.credential().username())
                .setHeader(getTranslation("protection.credentials.col.user"))
                .setKey("user")
                .setWidth("12rem");
        ClippedText.addColumn(grid, l -> l.credential().datacenter())
                .setHeader(getTranslation("protection.credentials.col.datacenter"))
                .setKey("datacenter")
                .setAutoWidth(true);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("protection.runs.col.state"))
                .setKey("state")
                .setAutoWidth(true);
        grid.addColumn(l -> Formatters.ago(l.credential().lastUsed(), clock.instant(), getLocale()))
                .setHeader(getTranslation("protection.credentials.col.lastUsed"))
                .setKey("lastUsed")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("protection.credentials.col.actions"))
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
            problem.setText(getTranslation("protection.credentials.unreadable", HubErrorMessages.explain(e)));
            problem.setVisible(true);
        }
    }

    private Component actions(CredentialListing listing) {
        VmwareCredential c = listing.credential();
        var edit = iconButton(VaadinIcon.EDIT, getTranslation("protection.groups.editNamed", c.name()),
                () -> new CredentialFormDialog(c, draft -> {
                    credentials.update(c.id(), draft);
                    refresh();
                    Notifications.success(getTranslation("protection.credentials.saved", draft.name()));
                }).open());
        var makeDefault = iconButton(VaadinIcon.STAR, getTranslation("protection.credentials.setDefault", c.name()),
                () -> setDefault(c));
        makeDefault.setEnabled(!c.isDefault());
        var discoverNow = iconButton(VaadinIcon.SEARCH, getTranslation("protection.credentials.discoverWith", c.name()),
                () -> discover.open(c.id(), this::refresh));
        var delete = iconButton(VaadinIcon.TRASH, getTranslation("protection.groups.deleteNamed", c.name()),
                () -> CredentialDeletion.confirm(c, credentials, this::refresh));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(edit, makeDefault, discoverNow, delete);
        actions.setSpacing(false);
        return actions;
    }

    private Component state(CredentialListing l) {
        var active = l.credential().active()
                ? new StatusBadge(getTranslation("protection.credentials.active"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("protection.credentials.inactive"), StatusBadge.Tone.CONTRAST);
        var state = new HorizontalLayout(active);
        state.setSpacing(false);
        state.addClassName(LumoUtility.Gap.XSMALL);
        if (l.credential().isDefault()) {
            state.add(new StatusBadge(getTranslation("protection.credentials.default"), StatusBadge.Tone.PRIMARY));
        }
        return state;
    }

    private void setDefault(VmwareCredential c) {
        try {
            credentials.setDefault(c);
            Notifications.success(getTranslation("protection.credentials.isDefault", c.name()));
        } catch (HubException e) {
            Notifications
                    .error(getTranslation("protection.credentials.defaultNotChanged", HubErrorMessages.explain(e)));
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
