package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.protection.GroupForm;
import com.sendense.console.protection.GroupOverview;
import com.sendense.console.protection.GroupService;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Protection → Machine groups: the hub's groups with their members and the flows that back them up.
 * A flow that targets a group backs up whoever is a member when it runs.
 */
@Route("protection/groups")
@Menu(order = 42, icon = "vaadin:cluster", title = "Machine groups")
@RolesAllowed({Roles.MANAGER, Roles.OPERATOR, Roles.ADMIN})
class GroupsView extends Main implements HasDynamicTitle {

    final Button newGroup = new Button(getTranslation("protection.groups.new"), VaadinIcon.PLUS.create());
    final Grid<GroupOverview> grid = new Grid<>();
    final Paragraph problem = new Paragraph();
    private final GroupService service;
    private final ZoneId zone;

    GroupsView(GroupService service, HubZone hubZone) {
        this.service = service;
        this.zone = hubZone.zone();

        // Create components
        newGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newGroup.setId("group-new");
        grid.setId("groups-grid");
        newGroup.setVisible(service.canChange());
        problem.addClassName(LumoUtility.TextColor.ERROR);
        problem.setVisible(false);
        configureGrid();

        // Add listeners
        newGroup.addClickListener(e -> openCreate());

        // Layout
        var help = new Paragraph(getTranslation("protection.groups.help"));
        help.addClassName(LumoUtility.TextColor.SECONDARY);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL, LumoUtility.BoxSizing.BORDER);
        setSizeFull();
        add(new ViewToolbar(getTranslation("protection.groups.title"), newGroup), help, problem, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("protection.groups.title");
    }

    private void configureGrid() {
        ClippedText.addColumn(grid, o -> o.group().name())
                .setHeader(getTranslation("protection.groups.col.name"))
                .setKey("name")
                .setFlexGrow(1);
        ClippedText.addColumn(grid, o -> o.group().description() == null ? "" : o.group().description())
                .setHeader(getTranslation("protection.flow.description"))
                .setKey("description")
                .setFlexGrow(1);
        grid.addComponentColumn(this::members)
                .setHeader(getTranslation("protection.groups.col.members"))
                .setKey("members")
                .setAutoWidth(true);
        ClippedText.addColumn(grid, o -> flows(o, locale()))
                .setHeader(getTranslation("protection.groups.col.flows"))
                .setKey("flows")
                .setFlexGrow(1);
        grid.addColumn(o -> Formatters.dateTime(o.group().createdAt(), zone, locale()))
                .setHeader(getTranslation("protection.flow.created"))
                .setKey("created")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(
                getTranslation(service.canChange() ? "protection.groups.noneMayCreate" : "protection.groups.none"));
        grid.addClassName(LumoUtility.Flex.GROW);
    }

    void refresh() {
        try {
            List<GroupOverview> groups = service.groups();
            grid.setItems(groups);
            boolean flowsUnknown = groups.stream().anyMatch(g -> !g.flowsKnown());
            showProblem(flowsUnknown ? getTranslation("protection.groups.flowsUnknown") : null);
        } catch (HubException e) {
            grid.setItems(List.of());
            showProblem(getTranslation("protection.groups.unreadable", HubErrorMessages.explain(e)));
        }
    }

    private void showProblem(@org.jspecify.annotations.Nullable String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
    }

    private Component members(GroupOverview o) {
        MachineGroup g = o.group();
        var text = new Div(g.members().size() + " / " + g.maxConcurrentVms());
        text.getElement().setAttribute("title", getTranslation("protection.groups.membersTitle"));
        var cell = new HorizontalLayout(text);
        cell.setSpacing(true);
        cell.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (o.freeSlots() == 0) {
            cell.add(new StatusBadge(getTranslation("protection.groups.full"), StatusBadge.Tone.WARNING));
        }
        return cell;
    }

    static String flows(GroupOverview o, Locale locale) {
        if (!o.flowsKnown()) {
            return Messages.get(locale, "protection.groups.flowsUnknownCell");
        }
        if (o.flows().isEmpty()) {
            return Messages.get(locale, "protection.groups.flowsNone");
        }
        return o.flows()
                .stream()
                .map(f -> f.enabled() ? f.name() : Messages.get(locale, "protection.groups.flowDisabled", f.name()))
                .collect(Collectors.joining(", "));
    }

    private Component actions(GroupOverview o) {
        String name = o.group().name();
        var members = iconButton(VaadinIcon.USERS, getTranslation("protection.groups.membersOf", name),
                () -> openMembers(o));
        var actions = new HorizontalLayout(members);
        actions.setSpacing(false);
        if (service.canChange()) {
            actions.add(iconButton(VaadinIcon.EDIT, getTranslation("protection.groups.editNamed", name),
                    () -> openEdit(o)));
            var delete = iconButton(VaadinIcon.TRASH, getTranslation("protection.groups.deleteNamed", name),
                    () -> confirmDelete(o));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private void openCreate() {
        new GroupDialog(null, form -> {
            MachineGroup created = service.create(form);
            refresh();
            Notifications.success(getTranslation("protection.groups.created", created.name(), form.maxVms()));
        }).open();
    }

    private void openEdit(GroupOverview o) {
        MachineGroup g = o.group();
        new GroupDialog(new GroupForm(g.name(), g.description(), g.maxConcurrentVms()), form -> {
            service.update(g.id(), form);
            refresh();
            Notifications.success(getTranslation("protection.groups.saved", form.name().strip()));
        }).open();
    }

    private void openMembers(GroupOverview o) {
        new GroupMembersDialog(service, o.group().id(), zone, locale(), this::refresh).open();
    }

    private void confirmDelete(GroupOverview o) {
        GroupOverview fresh;
        try {
            fresh = service.deletionCheck(o.group().id());
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
            refresh();
            return;
        }
        GroupDeletion.confirm(service, fresh, this::refresh);
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
