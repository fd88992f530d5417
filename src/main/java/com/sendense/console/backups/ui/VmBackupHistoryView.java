package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubException;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One VM's backups, newest first: date, type, size, duration, status with the error of a failed
 * backup, and (for operators and administrators) delete. The VM, the sort and the selected backup
 * live in the URL.
 */
@Route("backups/vm/:" + VmBackupHistoryView.VM_NAME)
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class VmBackupHistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VM_NAME = "vmName";
    static final String BACKUP_PARAM = "backup";

    private final BackupHistoryService service;
    final HistoryGrid grid;
    final Span summary = new Span();
    final Div emptyState = new Div();
    final RouterLink chainLink = new RouterLink();
    final RouterLink allLink = new RouterLink();
    private final Div toolbar = new Div();
    private String vmName = "";
    private List<HistoryEntry> entries = List.of();
    private List<HistoryOrder> orders = HistoryOrder.NEWEST_FIRST;
    private boolean restoring;

    VmBackupHistoryView(BackupHistoryService service, CurrentUser currentUser, Clock clock) {
        this.service = service;

        // Create components
        var actions = new HistoryActions(service, currentUser, this::load);
        grid = new HistoryGrid(false, service.zone(), clock, service.stallThreshold(), actions.any(), actions::cell);
        grid.setItems(q -> entries.stream()
                .sorted(HistoryOrder.comparator(grid.orders(q.getSortOrders())))
                .skip(q.getOffset())
                .limit(q.getLimit()), q -> entries.size());
        grid.setEmptyStateComponent(emptyState);
        emptyState.addClassName("empty-state");

        // Add listeners
        grid.addSortListener(e -> {
            orders = grid.currentOrders();
            updateUrl();
        });
        grid.asSingleSelect().addValueChangeListener(e -> updateUrl());

        // Layout
        setSizeFull();
        addClassNames("backup-view", Display.FLEX, "flex-col", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(toolbar, grid); // the toolbar names the VM, so it is built on enter
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vmName = BackupsNavigation.vmName(event.getRouteParameters());
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            orders = HistoryUrl.sort(q);
            grid.showSort(orders);
            buildToolbar();
            load();
            q.getSingleParameter(BACKUP_PARAM).ifPresent(this::select);
        } finally {
            restoring = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.vmHistory.title", vmName);
    }

    private void buildToolbar() {
        chainLink.setText(getTranslation("backups.vmHistory.recoveryPoints"));
        chainLink.setRoute(BackupChainView.class, BackupsNavigation.chainRoute(vmName));
        allLink.setText(getTranslation("backups.filter.allVms"));
        allLink.setRoute(BackupHistoryView.class);
        allLink.setQueryParameters(HistoryUrl.toQuery(HistoryFilter.ALL.withVm(vmName), HistoryOrder.NEWEST_FIRST));
        var refresh = new Button(getTranslation("backups.history.refresh"), VaadinIcon.REFRESH.create(), e -> load());
        toolbar.removeAll();
        toolbar.add(new ViewToolbar(getTranslation("backups.vmHistory.heading", vmName), ViewToolbar.group(summary),
                ViewToolbar.group(chainLink, allLink, refresh)));
    }

    private void load() {
        emptyState.removeAll();
        try {
            Optional<List<HistoryEntry>> found = service.vmHistory(vmName);
            entries = found.orElse(List.of());
            if (found.isEmpty()) {
                emptyState.add(new Span(getTranslation("backups.noSuchVm", vmName)));
            } else if (entries.isEmpty()) {
                emptyState.add(new Span(getTranslation("backups.vmHistory.empty", vmName)));
            }
        } catch (HubException e) {
            entries = List.of();
            emptyState.add(new Span(HubErrorMessages.explain(e)),
                    new Button(getTranslation("backups.history.tryAgain"), ev -> load()));
        }
        summary.setText(entries.isEmpty() ? "" : summaryText());
        grid.getDataProvider().refreshAll();
    }

    private String summaryText() {
        List<HistoryEntry> done = entries.stream().filter(e -> e.backup().status() == BackupStatus.COMPLETED).toList();
        long bytes = done.stream().mapToLong(e -> e.backup().bytesTransferred()).sum();
        return getTranslation("backups.vmHistory.summary", entries.size(), done.size(),
                Formatters.bytes(bytes, locale()));

    }

    private void select(String backupId) {
        List<HistoryEntry> sorted = entries.stream().sorted(HistoryOrder.comparator(orders)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).backup().id().value().equals(backupId)) {
                grid.select(sorted.get(i));
                grid.scrollToIndex(i);
                return;
            }
        }
    }

    private void updateUrl() {
        if (!restoring) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
        }
    }

    /** Where this view is now: the address that reopens it with the same sort and selection. */
    Location location() {
        var params = new LinkedHashMap<String, List<String>>();
        grid.asSingleSelect()
                .getOptionalValue()
                .ifPresent(e -> params.put(BACKUP_PARAM, List.of(e.backup().id().value())));
        List<String> sort = HistoryUrl.sortValues(orders);
        if (!sort.isEmpty()) {
            params.put(HistoryUrl.SORT, sort);
        }
        String path = RouteConfiguration.forSessionScope()
                .getUrl(VmBackupHistoryView.class, BackupsNavigation.vmRoute(vmName));
        return new Location(path, new QueryParameters(params));
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
