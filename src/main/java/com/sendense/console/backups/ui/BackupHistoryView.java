package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupHistory;
import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.live.HubStatus;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The backup history of every VM the user may see, filtered, sorted and paged in the console
 * (the hub offers none of it), with a CSV export of exactly what the filters show. Filters and
 * sort live in the URL.
 */
@Route("backups")
@Menu(order = 20, icon = "vaadin:archive", title = "Backup history")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class BackupHistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BackupHistoryService service;
    private final Clock clock;
    private final LiveUpdates live;
    final HistoryFilterBar filters;
    final HistoryGrid grid;
    final Span summary = new Span();
    final Span warning = new Span();
    final Span stale = new Span();
    final Anchor export = new Anchor();
    final Div emptyState = new Div();
    private HistoryFilter filter = HistoryFilter.ALL;
    private List<HistoryOrder> orders = HistoryOrder.NEWEST_FIRST;
    private boolean restoring;
    private HubStatus.@Nullable State hubState;

    BackupHistoryView(BackupHistoryService service, CurrentUser currentUser, Clock clock, LiveUpdates live) {
        this.service = service;
        this.clock = clock;
        this.live = live;

        // Create components
        filters = new HistoryFilterBar(this::filterChanged);
        var actions = new HistoryActions(service, currentUser, this::refresh);
        grid = new HistoryGrid(true, service.zone(), clock, service.stallThreshold(), actions.any(), actions::cell);
        // show() explains a failed read in the empty state; the grid's own reads must not fail the round trip over it.
        grid.setItems(
                q -> orNone(() -> service.page(filter, grid.orders(q.getSortOrders()), q.getOffset(), q.getLimit()),
                        List.<HistoryEntry>of()).stream(),
                q -> orNone(() -> service.count(filter), 0));
        grid.setEmptyStateComponent(emptyState);
        emptyState.addClassName("empty-state");
        var refresh = new Button(getTranslation("backups.history.refresh"), VaadinIcon.REFRESH.create(),
                e -> refresh());
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("backups.history.export")));
        export.addClassName("export-link");
        warning.addClassName("history-warning");
        stale.addClassName("history-warning");
        stale.setVisible(false);

        // Add listeners
        grid.addSortListener(e -> {
            orders = grid.currentOrders();
            changed();
        });
        UiSubscriptions.whileAttached(this,
                ui -> live.subscribeHubStatus(UiSubscriptions.inUi(ui, this::hubStatusChanged)));

        // Layout
        setSizeFull();
        addClassNames("backup-view", Display.FLEX, "flex-col", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(new ViewToolbar(getTranslation("backups.history.title"), ViewToolbar.group(summary),
                ViewToolbar.group(export, refresh)), filters, stale, warning, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.history.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            filter = HistoryUrl.filter(q);
            orders = HistoryUrl.sort(q);
            loadOptions();
            filters.setFilter(filter);
            grid.showSort(orders);
        } finally {
            restoring = false;
        }
        show(false);
    }

    private void filterChanged(HistoryFilter f) {
        filter = f;
        changed();
    }

    private void changed() {
        if (restoring) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
        show(false);
    }

    /** Where this view is now: the address that reopens it with the same filters and sort. */
    Location location() {
        return new Location("backups", HistoryUrl.toQuery(filter, orders));
    }

    private void refresh() {
        show(true);
        loadOptions();
    }

    /** Marks the rows when the hub goes away and reads them again when it is back; not on the first status. */
    private void hubStatusChanged(HubStatus status) {
        HubStatus.State previous = hubState;
        hubState = status.state();
        if (previous != null && previous != status.state() && status.state() != HubStatus.State.UNKNOWN) {
            show(status.state() == HubStatus.State.UP);
        }
    }

    private void show(boolean fresh) {
        emptyState.removeAll();
        stale.setVisible(false);
        try {
            BackupHistory history = fresh ? service.refresh() : service.history();
            int shown = service.count(filter);
            summary.setText(shown == history.entries().size()
                    ? getTranslation("backups.history.count", shown)
                    : getTranslation("backups.history.countOf", shown, history.entries().size()));
            warning.setVisible(!history.unreadable().isEmpty());
            warning.setText(warning(history));
            emptyState.add(new Span(
                    getTranslation(history.entries().isEmpty() ? "backups.history.empty" : "backups.history.noMatch")));
            markIfStale(history);
        } catch (HubException e) {
            summary.setText("");
            emptyState.add(new Span(HubErrorMessages.explain(e)),
                    new Button(getTranslation("backups.history.tryAgain"), ev -> refresh()));
        }
        export.setHref(csv(filter, orders), AttachmentType.DOWNLOAD);
        grid.getDataProvider().refreshAll();
    }

    /** Rows kept from a read before the hub went away are shown as of that read, never as the hub's current list. */
    private void markIfStale(BackupHistory history) {
        HubStatus status = live.hubStatus();
        if (status.isDown()) {
            Locale locale = getLocale() == null ? Locale.UK : getLocale();
            stale.setText(getTranslation("backups.history.stale",
                    Formatters.time(history.fetchedAt(), service.zone(), locale)));
            stale.setVisible(true);
        }
    }

    private static <T> T orNone(Supplier<T> read, T none) {
        try {
            return read.get();
        } catch (HubException e) {
            return none;
        }
    }

    private void loadOptions() {
        try {
            Map<String, String> repositories = new TreeMap<>();
            // Backups in repositories the hub no longer lists can be filtered too (by id).
            service.history().entries().forEach(e -> repositories.put(e.backup().repositoryId(), e.repositoryName()));
            service.repositories().forEach(r -> repositories.put(r.id(), r.name()));
            filters.setOptions(service.vmNames(), service.groupNames(), repositories);
        } catch (HubException e) {
            // show() explains the failure in the grid's empty state.
        }
    }

    private String warning(BackupHistory history) {
        List<String> lists = history.unreadable()
                .stream()
                .filter(u -> !u.equals(BackupHistory.INVENTORY))
                .map(u -> getTranslation(u.key(), u.args().toArray()))
                .toList();
        String missing = lists.isEmpty()
                ? ""
                : getTranslation("backups.history.missingLists", String.join(", ", lists)) + " ";
        return (missing + (history.unreadable().contains(BackupHistory.INVENTORY)
                ? getTranslation("backups.history.noInventory")
                : "")).strip();
    }

    private DownloadHandler csv(HistoryFilter f, List<HistoryOrder> o) {
        String name = "backup-history-" + LocalDate.now(clock.withZone(service.zone())) + ".csv";
        Locale locale = getLocale() == null ? Locale.UK : getLocale();
        return event -> {
            event.setFileName(name);
            event.setContentType("text/csv;charset=UTF-8");
            service.exportCsv(f, o, locale, event.getOutputStream());

        };
    }
}
