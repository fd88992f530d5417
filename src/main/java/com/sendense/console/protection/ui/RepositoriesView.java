package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.component.CapacityMeter;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.StorageRefresh;
import com.sendense.console.protection.RepositoryAdminService;
import com.sendense.console.protection.RepositoryDeletionCheck;
import com.sendense.console.protection.RepositoryDeletionRefusedException;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Protection → Repositories: where backups go, how full each is, and creating and deleting them.
 * The hub has no edit: a repository is changed by deleting it and creating it again, which works
 * only while it never held a backup.
 */
@Route("protection/repositories")
@PageTitle("Repositories")
@Menu(order = 43, icon = "vaadin:database", title = "Repositories")
@RolesAllowed({Roles.MANAGER, Roles.OPERATOR, Roles.ADMIN})
class RepositoriesView extends Main {

    final Button newRepository = new Button("New repository", VaadinIcon.PLUS.create());
    final Button refreshStorage = new Button("Refresh storage", VaadinIcon.REFRESH.create());
    final Grid<Repository> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    private final RepositoryAdminService service;
    private final Clock clock;

    RepositoriesView(RepositoryAdminService service, Clock clock) {
        this.service = service;
        this.clock = clock;

        // Create components
        newRepository.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRepository.setId("repository-new");
        refreshStorage.setId("repository-refresh");
        status.setId("repositories-status");
        grid.setId("repositories-grid");
        newRepository.setVisible(service.canChange());
        refreshStorage.setVisible(service.canChange());
        refreshStorage.setDisableOnClick(true);
        refreshStorage.setTooltipText("Ask the hub to measure every repository's space again");
        status.setVisible(false);
        configureGrid();

        // Add listeners
        newRepository.addClickListener(e -> new RepositoryDialog(service, this::created).open());
        refreshStorage.addClickListener(e -> refreshStorage());

        // Layout
        var help = new Paragraph("The hub lists only enabled repositories. \"Backups\" is the hub's own count, which "
                + "has a row per disk and keeps rows of deleted and failed backups. The hub stores \"immutable\" and "
                + "the minimum retention but enforces neither.");
        help.addClassName(LumoUtility.TextColor.SECONDARY);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL, LumoUtility.BoxSizing.BORDER);
        setSizeFull();
        add(new ViewToolbar("Repositories", ViewToolbar.group(refreshStorage, newRepository)), help, status, grid);
        refresh();
    }

    private void configureGrid() {
        ClippedText.addColumn(grid, Repository::name).setHeader("Name").setKey("name").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(r -> r.type().name()).setHeader("Type").setKey("type").setAutoWidth(true);
        ClippedText.addColumn(grid, RepositoriesView::location)
                .setHeader("Location")
                .setKey("location")
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::capacity)
                .setHeader("Capacity")
                .setKey("capacity")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(storage(s -> Formatters.bytes(s.usedBytes(), locale()) + " / "
                + Formatters.bytes(s.availableBytes(), locale())))
                .setHeader("Used / free")
                .setKey("space")
                .setAutoWidth(true);
        grid.addColumn(storage(s -> String.valueOf(s.backupCount())))
                .setHeader(hint("Backups", "The hub's count: a row per disk, and rows of deleted and failed backups"))
                .setKey("backups")
                .setAutoWidth(true);
        grid.addColumn(r -> r.immutable() ? "Yes (not enforced)" : "No")
                .setHeader(hint("Immutable", "Stored by the hub, not enforced"))
                .setKey("immutable")
                .setAutoWidth(true);
        grid.addColumn(r -> r.minRetentionDays() == 0 ? "None" : r.minRetentionDays() + " days")
                .setHeader(hint("Min. retention", "Stored by the hub, not enforced"))
                .setKey("retention")
                .setAutoWidth(true);
        grid.addColumn(storage(s -> Formatters.ago(s.lastCheckAt(), clock.instant())))
                .setHeader("Last checked")
                .setKey("checked")
                .setAutoWidth(true);
        if (service.canChange()) {
            grid.addComponentColumn(this::deleteButton)
                    .setHeader("")
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("The hub lists no enabled repository.");
        grid.addClassName(LumoUtility.Flex.GROW);
    }

    void refresh() {
        try {
            grid.setItems(service.repositories());
        } catch (HubException e) {
            grid.setItems(List.of());
            show("The repositories could not be read. " + HubErrorMessages.explain(e), true);
        }
    }

    private void refreshStorage() {
        try {
            StorageRefresh result = service.refreshStorage();
            refresh();
            show("Storage refreshed: " + result.refreshed() + " measured"
                    + (result.failed() == 0
                            ? "."
                            : ", " + result.failed() + " could not be measured (an NFS or CIFS "
                                    + "share that does not mount?)."),
                    result.failed() > 0);
        } catch (HubException e) {
            show("Storage could not be refreshed. " + HubErrorMessages.explain(e), true);
        } finally {
            refreshStorage.setEnabled(true);
        }
    }

    private void created(String message, boolean problem) {
        refresh();
        show(message, problem);
    }

    private void show(String text, boolean problem) {
        status.setText(text);
        status.setVisible(true);
        status.getElement().setAttribute("data-problem", String.valueOf(problem));
        status.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        status.addClassName(problem ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
    }

    private Component capacity(Repository r) {
        return r.storageInfo()
                .<Component>map(s -> new CapacityMeter(s.usedBytes(), s.totalBytes(), s.usedPercent(), locale()))
                .orElseGet(() -> new Span("Not measured (share not mounted?)"));
    }

    /** Only non-secret fields: the hub returns a CIFS password in clear, and it is never shown. */
    static String location(Repository r) {
        var c = r.config();
        return switch (r.type()) {
            case LOCAL -> c.getOrDefault("path", "");
            case NFS -> c.getOrDefault("server", "") + ":" + c.getOrDefault("export_path", "");
            case CIFS, SMB -> "//" + c.getOrDefault("server", "") + "/" + c.getOrDefault("share_name", "");
            case OTHER -> "";
        };
    }

    private Component deleteButton(Repository r) {
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(r));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + r.name());
        delete.setTooltipText("Delete " + r.name());
        return delete;
    }

    private void confirmDelete(Repository r) {
        RepositoryDeletionCheck check;
        try {
            check = service.deletionCheck(r);
        } catch (HubException e) {
            show("The console could not check whether " + r.name() + " held backups. " + HubErrorMessages.explain(e),
                    true);
            return;
        }
        if (check.refused()) {
            show(check.refusal(), true);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader("Delete repository " + r.name() + "?");
        dialog.setText("It holds no backup. Flows that still use it are not checked by the hub: their next run "
                + "would fail to start its backups. An NFS or CIFS share stays mounted on the hub.");
        SafeChoice.focusCancel(dialog, "Keep it");
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(r));
        dialog.open();
    }

    private void delete(Repository r) {
        try {
            service.delete(r);
            Notifications.success("Repository " + r.name() + " deleted");
            refresh();
        } catch (RepositoryDeletionRefusedException e) {
            show(e.getMessage(), true);
        } catch (HubException e) {
            show("The hub did not delete " + r.name() + ". " + HubErrorMessages.explain(e), true);
        }
    }

    private static ValueProvider<Repository, String> storage(SerializableFunction<StorageInfo, String> value) {
        return r -> r.storageInfo().map(value).orElse("–");
    }

    private static Span hint(String header, String tooltip) {
        var span = new Span(header);
        span.getElement().setAttribute("title", tooltip);
        return span;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
