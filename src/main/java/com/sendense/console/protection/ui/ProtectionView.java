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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 25, icon = "vaadin:calendar-clock", title = "Protection")
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
@StyleSheet("context://styles/protection.css")
class ProtectionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "protection";

    final FlowFilterBar filters = new FlowFilterBar(this::filterChanged);
    final FlowGrid grid;
    final BulkBar bulk = new BulkBar(this::confirmBulk);
    final Button newFlow = new Button(getTranslation("protection.flows.new"), VaadinIcon.PLUS.create());
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
        var note = new Paragraph(getTranslation("protection.flows.note", zone.zone().getId()));
        note.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.Top.NONE);
        newFlow.setId("flows-new");
        newFlow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!mayChange) {
            newFlow.setEnabled(false);
            newFlow.setTooltipText(getTranslation("protection.flows.readOnly"));
        }
        var refresh = new Button(getTranslation("protection.refresh"), VaadinIcon.REFRESH.create(), e -> load());
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
        add(new ViewToolbar(getTranslation("protection.flows.title"), ViewToolbar.group(summary),
                ViewToolbar.group(refresh, newFlow)), note, filters, bulk, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("protection.flows.title");
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
            emptyState.add(new Span(getTranslation("protection.flows.unreadable", HubErrorMessages.explain(e))),
                    new Button(getTranslation("protection.tryAgain"), ev -> load()));
        }
    }

    private void show() {
        List<FlowOverview> shown = flows.stream().filter(filter::matches).toList();
        grid.setItems(shown);
        summary.setText(shown.size() == flows.size()
                ? getTranslation("protection.flows.count", flows.size())
                : getTranslation("protection.flows.countShown", shown.size(), flows.size()));
        emptyState.removeAll();
        emptyState.add(new Span(flows.isEmpty()
                ? getTranslation(mayChange ? "protection.flows.noneYetMayCreate" : "protection.flows.noneYet")
                : getTranslation("protection.flows.noneMatch")));
        bulk.show(0);
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
