package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupChainNode;
import com.sendense.console.backups.BackupChainNode.FullNode;
import com.sendense.console.backups.BackupChainNode.IncrementalNode;
import com.sendense.console.backups.BackupChainNode.MissingFull;
import com.sendense.console.backups.BackupChainNode.RepositoryNode;
import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.backups.RecoveryChain;
import com.sendense.console.backups.RestoreState;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * One VM's recovery points as a tree: per repository, each full backup with the incrementals
 * that build on it, oldest first, with size, whether it can be mounted and what it depends on.
 * Built from the hub's completed backups, because the hub's chain endpoint is unreliable.
 */
@Route("backups/vm/:" + BackupChainView.VM_NAME + "/chain")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class BackupChainView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VM_NAME = "vmName";

    private static final RecoveryChain EMPTY = BackupHistoryService.emptyChain();

    private final BackupHistoryService service;
    final TreeGrid<BackupChainNode> tree = new TreeGrid<>();
    final Span summary = new Span();
    final Div emptyState = new Div();
    final RouterLink historyLink = new RouterLink();
    private final Div toolbar = new Div();
    private String vmName = "";
    private RecoveryChain chain = EMPTY;

    BackupChainView(BackupHistoryService service) {
        this.service = service;

        // Create components
        configureTree();
        emptyState.addClassName("empty-state");
        var note = new Paragraph(getTranslation("backups.chain.note"));
        note.addClassNames(TextColor.SECONDARY, "chain-note");

        // Layout
        setSizeFull();
        addClassNames("backup-view", Display.FLEX, "flex-col", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(toolbar, note, tree);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        vmName = BackupsNavigation.vmName(event.getRouteParameters());
        historyLink.setText(getTranslation("backups.history.title"));
        historyLink.setRoute(VmBackupHistoryView.class, BackupsNavigation.vmRoute(vmName));
        var refresh = new Button(getTranslation("backups.history.refresh"), VaadinIcon.REFRESH.create(), e -> load());
        toolbar.removeAll();
        toolbar.add(new ViewToolbar(getTranslation("backups.chain.heading", vmName), ViewToolbar.group(summary),
                ViewToolbar.group(historyLink, refresh)));
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.chain.title", vmName);
    }

    private void configureTree() {
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.addComponentHierarchyColumn(this::point)
                .setHeader(getTranslation("backups.chain.point"))
                .setKey("point")
                .setWidth("19rem")
                .setFlexGrow(0);
        tree.addComponentColumn(this::type)
                .setHeader(getTranslation("backups.column.type"))
                .setKey("type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(this::size)
                .setHeader(getTranslation("backups.column.size"))
                .setKey("size")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tree.addComponentColumn(this::restorable)
                .setHeader(getTranslation("backups.chain.restorable"))
                .setKey("restorable")
                .setWidth("10rem")
                .setFlexGrow(0);
        ClippedText.addColumn(tree, this::dependsOn)
                .setHeader(getTranslation("backups.chain.dependsOn"))
                .setKey("depends")
                .setWidth("12rem")
                .setFlexGrow(1);
        ClippedText.addColumn(tree, n -> backupId(n).orElse(""))
                .setHeader(getTranslation("backups.chain.backup"))
                .setKey("id")
                .setWidth("10rem")
                .setFlexGrow(1);
        tree.setDataProvider(new ChainDataProvider(() -> chain));
        tree.setEmptyStateComponent(emptyState);
    }

    private void load() {
        emptyState.removeAll();
        try {
            Optional<RecoveryChain> found = service.chain(vmName);
            chain = found.orElse(EMPTY);
            if (found.isEmpty()) {
                emptyState.add(new Span(getTranslation("backups.noSuchVm", vmName)));
            } else if (chain.isEmpty()) {
                emptyState.add(new Span(getTranslation("backups.chain.empty", vmName)));
            }
        } catch (HubException e) {
            chain = EMPTY;
            emptyState.add(new Span(HubErrorMessages.explain(e)),
                    new Button(getTranslation("backups.history.tryAgain"), ev -> load()));
        }
        summary.setText(
                chain.isEmpty() ? "" : getTranslation("backups.chain.summary", chain.points(), chain.roots().size()));
        tree.getDataProvider().refreshAll();
        tree.expandRecursively(chain.roots(), 2);
    }

    private Component point(BackupChainNode node) {
        return switch (node) {
            case RepositoryNode r -> strong(getTranslation("backups.chain.repository", r.name(), r.points()));
            case FullNode f -> new Span(date(f.entry()));
            case IncrementalNode i -> new Span(date(i.entry()));
            case MissingFull m -> muted(getTranslation("backups.chain.missingFull"));
        };
    }

    private Component type(BackupChainNode node) {
        return switch (node) {
            case RepositoryNode r -> new Span();
            case FullNode f -> BackupBadges.type(f.entry().backup().type(), locale());
            case IncrementalNode i -> BackupBadges.type(i.entry().backup().type(), locale());
            case MissingFull m ->
                new StatusBadge(getTranslation("backups.chain.fullMissing"), StatusBadge.Tone.WARNING);
        };
    }

    private String size(BackupChainNode node) {
        return switch (node) {
            case RepositoryNode r -> Formatters.bytes(r.storedBytes(), locale());
            case FullNode f -> Formatters.bytes(f.entry().backup().bytesTransferred(), locale());
            case IncrementalNode i -> Formatters.bytes(i.entry().backup().bytesTransferred(), locale());
            case MissingFull m -> "";
        };
    }

    private Component restorable(BackupChainNode node) {
        return switch (node) {
            case FullNode f -> restorable(f.state());
            case IncrementalNode i -> restorable(i.state());
            case RepositoryNode r -> new Span();
            case MissingFull m -> muted(getTranslation("backups.chain.incrementalsBelow", m.incrementals()));
        };
    }

    private Component restorable(RestoreState state) {
        var cell = new Div(BackupBadges.restore(state, locale()));
        cell.addClassName("history-status");
        if (state == RestoreState.JUST_FINISHED) {
            cell.add(muted(getTranslation("backups.chain.justFinished")));
        }
        return cell;
    }

    private String dependsOn(BackupChainNode node) {
        return switch (node) {
            case FullNode f -> f.incrementals() == 0
                    ? getTranslation("backups.chain.selfContained")
                    : getTranslation("backups.chain.baseOf", f.incrementals());
            case IncrementalNode i -> i.dependsOn() == null
                    ? getTranslation("backups.chain.unlistedFull")
                    : getTranslation("backups.chain.dependsOnPoint",
                            BackupBadges.typeLabel(i.dependsOn().backup().type(), locale()), date(i.dependsOn()));

            case RepositoryNode r -> "";
            case MissingFull m -> "";
        };
    }

    private static Optional<String> backupId(BackupChainNode node) {
        return switch (node) {
            case FullNode f -> Optional.of(f.entry().backup().id().value());
            case IncrementalNode i -> Optional.of(i.entry().backup().id().value());
            case RepositoryNode r -> Optional.empty();
            case MissingFull m -> Optional.empty();
        };
    }

    private String date(HistoryEntry e) {
        return Formatters.dateTime(e.backup().createdAt(), service.zone(), locale());
    }

    private static Span strong(String text) {
        var s = ClippedText.span(text);
        s.addClassName("chain-repository");
        return s;
    }

    private static Span muted(String text) {
        var s = new Span(text);
        s.addClassName("history-note");
        return s;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
