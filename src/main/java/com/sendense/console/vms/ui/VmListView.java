package com.sendense.console.vms.ui;

import com.sendense.console.backups.ui.BackupActions;
import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.CompactColumn;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.protection.ui.DiscoverActions;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.sendense.console.vms.VmProtection;
import com.sendense.console.vms.VmProtectionService;
import com.sendense.console.vms.VmService;
import com.sendense.console.vms.VmSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Flex;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The hub's VM inventory: search, sortable columns, disks and groups, and a details drawer. Search
 * text and the selected VM live in the URL, so a link reopens the same view.
 */
@Route("vms")
@Menu(order = 10, icon = "vaadin:server", title = "Virtual machines")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class VmListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String SEARCH_PARAM = "q";
    static final String VM_PARAM = "vm";

    private final VmService vms;
    private final CurrentUser currentUser;
    private final BackupActions backups;
    private final VmProtectionService protection;
    private final Clock clock;
    final TextField search = new TextField();
    final Grid<VmSummary> grid = new Grid<>();
    final Span summary = new Span();
    final Div emptyState = new Div();
    final VmDetailsPanel details;
    private List<VmSummary> all = List.of();
    private Map<String, VmProtection> protections = Map.of();
    private Optional<String> selectedName = Optional.empty();

    VmListView(VmService vms, CurrentUser currentUser, HubZone hubProperties, BackupActions backups,
            VmProtectionService protection, Clock clock, DiscoverActions discover) {
        this.vms = vms;
        this.currentUser = currentUser;
        this.backups = backups;
        this.protection = protection;
        this.clock = clock;
        this.details = new VmDetailsPanel(hubProperties.zone(), !currentUser.hasRole(Role.MANAGER),
                !currentUser.hasRole(Role.HELPDESK), () -> grid.deselectAll(),
                backups.mayStart() ? backups::openWizard : null);

        // Create components
        search.setPlaceholder(getTranslation("vms.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("vms.search.label"));
        var refresh = new Button(getTranslation("vms.refresh"), VaadinIcon.REFRESH.create(), e -> load());
        configureGrid(hubProperties);
        emptyState.addClassName("empty-state");
        details.setVisible(false);

        // Add listeners
        search.addValueChangeListener(e -> {
            applyFilter();
            updateUrl();
        });
        grid.asSingleSelect().addValueChangeListener(e -> {
            selectedName = Optional.ofNullable(e.getValue()).map(VmSummary::name);
            showDetails(e.getValue());
            updateUrl();
        });

        // Layout
        var content = new Div(grid, details);
        content.addClassNames(Display.FLEX, Flex.GROW, Gap.MEDIUM, "vm-content");
        setSizeFull();
        addClassNames(Display.FLEX, "flex-col", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        Button discoverVms = discover.button(this::load);
        add(new ViewToolbar(getTranslation("vms.title"),
                discoverVms == null
                        ? ViewToolbar.group(summary, search, refresh)
                        : ViewToolbar.group(summary, search, refresh, discoverVms)),
                content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        search.setValue(params.getSingleParameter(SEARCH_PARAM).orElse(""));
        selectedName = params.getSingleParameter(VM_PARAM);
        load();
    }

    private void configureGrid(HubZone hub) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // A narrower name cap than other grids: seven more columns share the row (console.css). OS, vCPU, memory
        // and the number of disks are in the details only: with the protection columns they pushed the grid past
        // 1440 px.
        grid.addClassNames(Flex.GROW, "vm-grid");
        ClippedText.addColumn(grid, VmSummary::name)
                .setHeader(getTranslation("vms.col.name"))
                .setKey("name")
                .setSortable(true)
                .setComparator(Comparator.comparing(VmSummary::name, String.CASE_INSENSITIVE_ORDER))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        grid.addComponentColumn(vm -> VmGrids.powerBadge(vm.context().powerState(), locale()))
                .setHeader(getTranslation("vms.col.power"))
                .setKey("power")
                .setComparator(vm -> VmGrids.powerLabel(vm.context().powerState(), locale()))
                .setAutoWidth(true);
        grid.addColumn(
                vm -> vm.disksKnown() ? Formatters.bytes(vm.totalDiskBytes(), locale()) : getTranslation("vms.unknown"))
                .setHeader(getTranslation("vms.col.size"))
                .setKey("size")
                .setComparator(VmSummary::totalDiskBytes)
                .setAutoWidth(true);
        ProtectionColumns.addTo(grid, this::protectionOf, clock, hub.zone(), this::locale);
        grid.addComponentColumn(vm -> VmGrids.groupBadges(vm.context().groups()))
                .setHeader(getTranslation("vms.col.groups"))
                .setKey("groups")
                // Not measured: the badges wrap in whatever width the other columns leave, so the time-dependent
                // "Next backup in …" beside them never pushes the row past 1440 px.
                .setWidth("7rem")
                .setFlexGrow(1);
        if (backups.mayStart()) {
            grid.addComponentColumn(vm -> backupButton(vm.name()))
                    .setHeader(getTranslation("vms.col.backup"))
                    .setKey("backup")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        // A phone shows one cell per VM, name first and whole, the rest under it.
        CompactColumn.add(grid, getTranslation("vms.col.vm"), new ComponentRenderer<>(vm -> compactRow(vm, hub)),
                Set.of());
        grid.setEmptyStateComponent(emptyState);
        grid.setColumnReorderingAllowed(true);
        grid.setMultiSort(true, true);
    }

    private Component compactRow(VmSummary vm, HubZone hub) {
        var title = new Span(vm.name());
        title.addClassName("compact-title");
        var details = new Div(VmGrids.powerBadge(vm.context().powerState(), locale()),
                ProtectionColumns.lastGood(protectionOf(vm), clock.instant(), hub.zone(), locale()));
        details.addClassName("compact-details");
        var row = new Div(title, details);
        if (backups.mayStart()) {
            row.add(backupButton(vm.name()));
        }
        row.addClassName("compact-row");
        return row;
    }

    private void load() {
        try {
            all = vms.inventory();
            protections = protection.protection(all);
            emptyState.removeAll();
            if (all.isEmpty()) {
                emptyState.add(VmGrids.message(getTranslation(
                        currentUser.vmScope().isUnrestricted() ? "vms.empty.noVms" : "vms.empty.noScope")));
            }
        } catch (HubException e) {
            all = List.of();
            emptyState.removeAll();
            emptyState.add(VmGrids.message(HubErrorMessages.explain(e, locale())),
                    new Button(getTranslation("vms.tryAgain"), ev -> load()));
        }
        applyFilter();
        selectedName.flatMap(name -> all.stream().filter(vm -> vm.name().equals(name)).findFirst())
                .ifPresentOrElse(grid::select, () -> showDetails(null));
    }

    private void applyFilter() {
        String q = search.getValue().trim().toLowerCase(Locale.ROOT);
        Locale locale = locale();
        List<VmSummary> shown = q.isEmpty() ? all : all.stream().filter(vm -> VmGrids.matches(vm, q, locale)).toList();
        grid.setItems(shown);
        summary.setText(shown.size() == all.size()
                ? getTranslation("vms.summary.all", all.size())
                : getTranslation("vms.summary.filtered", shown.size(), all.size()));
        if (!all.isEmpty() && shown.isEmpty()) {
            emptyState.removeAll();
            emptyState.add(VmGrids.message(getTranslation("vms.noMatch", search.getValue())));
        }
    }

    private void showDetails(@Nullable VmSummary vm) {
        details.setVisible(vm != null);
        if (vm != null) {
            details.show(vm, protectionOf(vm), clock.instant(), locale());
        }
    }

    private void updateUrl() {
        var params = new HashMap<String, String>();
        if (!search.getValue().isBlank()) {
            params.put(SEARCH_PARAM, search.getValue());
        }
        selectedName.ifPresent(name -> params.put(VM_PARAM, name));
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new com.vaadin.flow.router.Location("vms", QueryParameters.simple(params))));
    }

    private VmProtection protectionOf(VmSummary vm) {
        return protections.getOrDefault(vm.name(), new VmProtection(null, null, null, null));
    }

    private Button backupButton(String vmName) {
        var button = new Button(getTranslation("vms.backupNow"), e -> backups.openWizard(vmName));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("vms.backupLabel", vmName));
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vms.title");
    }

    private Locale locale() {
        return getLocale() == null ? Languages.DEFAULT : getLocale();
    }
}
