package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 43, icon = "vaadin:database", title = "Repositories")
@RolesAllowed({Roles.MANAGER, Roles.OPERATOR, Roles.ADMIN})
class RepositoriesView extends Main implements HasDynamicTitle {

    final Button newRepository = new Button(getTranslation("protection.repositories.new"), VaadinIcon.PLUS.create());
    final Button refreshStorage = new Button(getTranslation("protection.repositories.refreshStorage"),
            VaadinIcon.REFRESH.create());
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
        refreshStorage.setTooltipText(getTranslation("protection.repositories.refreshStorageTip"));
        status.setVisible(false);
        configureGrid();

        // Add listeners
        newRepository.addClickListener(e -> new RepositoryDialog(service, this::created).open());
        refreshStorage.addClickListener(e -> refreshStorage());

        // Layout
        var help = new Paragraph(getTranslation("protection.repositories.help"));
        help.addClassName(LumoUtility.TextColor.SECONDARY);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Bottom.MEDIUM, LumoUtility.Gap.SMALL, LumoUtility.BoxSizing.BORDER);
        setSizeFull();
        add(new ViewToolbar(getTranslation("protection.repositories.title"),
                ViewToolbar.group(refreshStorage, newRepository)), help, status, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("protection.repositories.title");
    }

    private void configureGrid() {
        ClippedText.addColumn(grid, Repository::name)
                .setHeader(getTranslation("protection.groups.col.name"))
                .setKey("name")
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.type().name())
                .setHeader(getTranslation("protection.runs.col.type"))
                .setKey("type")
                .setAutoWidth(true);
        ClippedText.addColumn(grid, RepositoriesView::location)
                .setHeader(getTranslation("protection.repositories.col.location"))
                .setKey("location")
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::capacity)
                .setHeader(getTranslation("protection.repositories.col.capacity"))
                .setKey("capacity")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(storage(s -> Formatters.bytes(s.usedBytes(), locale()) + " / "
                + Formatters.bytes(s.availableBytes(), locale())))
                .setHeader(getTranslation("protection.repositories.col.space"))
                .setKey("space")
                .setAutoWidth(true);
        grid.addColumn(storage(s -> String.valueOf(s.backupCount())))
                .setHeader(hint("protection.runs.col.backups", "protection.repositories.col.backupsTip"))
                .setKey("backups")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(
                r.immutable() ? "protection.repositories.immutableYes" : "protection.repositories.immutableNo"))
                .setHeader(hint("protection.repositories.col.immutable", "protection.repositories.notEnforced"))
                .setKey("immutable")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("protection.repositories.retentionDays", r.minRetentionDays()))
                .setHeader(hint("protection.repositories.col.retention", "protection.repositories.notEnforced"))
                .setKey("retention")
                .setAutoWidth(true);
        grid.addColumn(storage(s -> Formatters.ago(s.lastCheckAt(), clock.instant(), locale())))
                .setHeader(getTranslation("protection.repositories.col.checked"))
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
        grid.setEmptyStateText(getTranslation("protection.repositories.none"));
        grid.addClassName(LumoUtility.Flex.GROW);
    }

    void refresh() {
        try {
            grid.setItems(service.repositories());
        } catch (HubException e) {
            grid.setItems(List.of());
            show(getTranslation("protection.repositories.unreadable", HubErrorMessages.explain(e)), true);
        }
    }

    private void refreshStorage() {
        try {
            StorageRefresh result = service.refreshStorage();
            refresh();
            show(getTranslation(result.failed() == 0
                    ? "protection.repositories.refreshed"
                    : "protection.repositories.refreshedSome", result.refreshed(), result.failed()),
                    result.failed() > 0);
        } catch (HubException e) {
            show(getTranslation("protection.repositories.notRefreshed", HubErrorMessages.explain(e)), true);
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
                .orElseGet(() -> new Span(getTranslation("protection.repositories.notMeasured")));
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
        delete.setAriaLabel(getTranslation("protection.groups.deleteNamed", r.name()));
        delete.setTooltipText(getTranslation("protection.groups.deleteNamed", r.name()));
        return delete;
    }

    private void confirmDelete(Repository r) {
        RepositoryDeletionCheck check;
        try {
            check = service.deletionCheck(r);
        } catch (HubException e) {
            show(getTranslation("protection.repositories.checkFailed", r.name(), HubErrorMessages.explain(e)), true);
            return;
        }
        if (check.refused()) {
            show(Messages.get(getLocale(), check.refusal()), true);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("protection.repositories.deleteQuestion", r.name()));
        dialog.setText(getTranslation("protection.repositories.deleteText"));
        SafeChoice.focusCancel(dialog, getTranslation("protection.keepIt"));
        dialog.setConfirmText(getTranslation("protection.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(r));
        dialog.open();
    }

    private void delete(Repository r) {
        try {
            service.delete(r);
            Notifications.success(getTranslation("protection.repositories.deleted", r.name()));
            refresh();
        } catch (RepositoryDeletionRefusedException e) {
            show(Messages.get(getLocale(), e.text()), true);
        } catch (HubException e) {
            show(getTranslation("protection.repositories.notDeleted", r.name(), HubErrorMessages.explain(e)), true);
        }
    }

    private static ValueProvider<Repository, String> storage(SerializableFunction<StorageInfo, String> value) {
        return r -> r.storageInfo().map(value).orElse("–");
    }

    private Span hint(String headerKey, String tooltipKey) {
        var span = new Span(getTranslation(headerKey));
        span.getElement().setAttribute("title", getTranslation(tooltipKey));
        return span;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
