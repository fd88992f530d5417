package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.protection.BulkOutcome;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.protection.ui.BulkConfirmDialog.Action;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every protection flow: what it backs up, where to, when the console runs it next and how its runs
 * went. Filters live in the URL. Operators and admins change and run flows; managers read.
 */
@Route(ProtectionView.PATH)
@PageTitle("Protection")
@Menu(order = 25, icon = "vaadin:calendar-clock", title = "Protection")
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
@StyleSheet("context://styles/protection.css")
class ProtectionView extends Main implements BeforeEnterObserver {

    static final String PATH = "protection";
    static final String READ_ONLY = "Managers see flows but cannot change them: ask an operator or an administrator.";

    final FlowFilterBar filters = new FlowFilterBar(this::filterChanged);
    final FlowGrid grid;
    final BulkBar bulk = new BulkBar(this::confirmBulk);
    final Button newFlow = new Button("New flow", VaadinIcon.PLUS.create());
    final Span summary = new Span();
    final Div emptyState = new Div();
    private final ProtectionService service;
    private final HubZone zone;
    private final Clock clock;
    private final boolean mayChange;
    private List<FlowOverview> flows = List.of();
    private FlowFilter filter = FlowFilter.ALL;

    ProtectionView(ProtectionService service, CurrentUser user, HubZone zone, Clock clock) {
        this.service = service;
        this.zone = zone;
        this.clock = clock;
        this.mayChange = user.hasRole(Role.OPERATOR) || user.hasRole(Role.ADMIN);
        this.grid = new FlowGrid(zone.zone(), clock, locale(), mayChange, this::runNow);

        // Create components
        var note = new Paragraph("The console, not the hub, starts these flows on their schedules, in the hub's time "
                + "zone (" + zone.zone().getId() + "). Each VM's backup is started like a manual one: a VM already "
                + "being backed up is skipped, and a full is taken when the repository holds none.");
        note.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.Top.NONE);
        newFlow.setId("flows-new");
        newFlow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!mayChange) {
            newFlow.setEnabled(false);
            newFlow.setTooltipText(READ_ONLY);
        }
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> load());
        emptyState.addClassName("empty-state");
        emptyState.setId("flows-empty");
        grid.setEmptyStateComponent(emptyState);
        bulk.setVisible(mayChange);

        // Add listeners
        newFlow.addClickListener(e -> FlowDialog.create(service, zone.zone(), locale(), saved -> load()).open());
        if (mayChange) {
            grid.addSelectionListener(e -> bulk.show(e.getAllSelectedItems().size()));
        }

        // Layout
        setSizeFull();
        addClassNames(Display.FLEX, "flex-col", Gap.SMALL, Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(new ViewToolbar("Protection", ViewToolbar.group(summary), ViewToolbar.group(refresh, newFlow)), note,
                filters, bulk, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = FlowFilter.from(event.getLocation().getQueryParameters());
        filters.setFilter(filter);
        load();
    }

    private void filterChanged(FlowFilter f) {
        filter = f;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
        show();
    }

    /** The address that reopens this list with the same filters. */
    Location location() {
        return new Location(PATH, filter.toQuery());
    }

    void load() {
        try {
            flows = service.flows();
            show();
        } catch (HubException e) {
            flows = List.of();
            grid.setItems(flows);
            summary.setText("");
            emptyState.removeAll();
            emptyState.add(new Span("The flows could not be read: " + HubErrorMessages.explain(e)),
                    new Button("Try again", ev -> load()));
        }
    }

    private void show() {
        List<FlowOverview> shown = flows.stream().filter(filter::matches).toList();
        grid.setItems(shown);
        summary.setText(
                shown.size() == flows.size() ? count(flows.size()) : shown.size() + " of " + count(flows.size()));
        emptyState.removeAll();
        emptyState.add(new Span(flows.isEmpty()
                ? "No protection flow yet. " + (mayChange ? "\"New flow\" makes one." : "")
                : "No flow matches these filters."));
        bulk.show(0);
    }

    private static String count(int n) {
        return n == 1 ? "1 flow" : n + " flows";
    }

    private void runNow(FlowOverview f) {
        FlowActions.runNow(service, f.flow().id(), f.flow().name());
        load();
    }

    private void confirmBulk(Action action) {
        Set<FlowOverview> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            return;
        }
        List<String> ids = selected.stream().map(f -> f.flow().id()).toList();
        new BulkConfirmDialog(action, ids.size(), () -> bulk(action, ids)).open();
    }

    private void bulk(Action action, List<String> ids) {
        try {
            BulkOutcome outcome = switch (action) {
                case ENABLE -> service.setEnabled(ids, true);
                case DISABLE -> service.setEnabled(ids, false);
                case DELETE -> service.delete(ids);
            };
            FlowActions.report(action, outcome);
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
        }
        load();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
