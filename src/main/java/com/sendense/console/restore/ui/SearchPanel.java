package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.AuditUnavailableException;
import com.sendense.console.restore.FileSearch;
import com.sendense.console.restore.FileTypes;
import com.sendense.console.restore.LinkRefusedException;
import com.sendense.console.restore.MountGoneException;
import com.sendense.console.restore.RunningSearch;
import com.sendense.console.restore.SearchEnd;
import com.sendense.console.restore.SearchListener;
import com.sendense.console.restore.SearchProgress;
import com.sendense.console.restore.SkippedFolder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataProvider;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A running or finished search of the mounted disk: progress with Cancel, the matches streaming into a lazy grid
 * (only the rows on screen reach the browser), the folders that were skipped, and why it stopped. Hub names are
 * plain text everywhere. The search runs on in the background while the user opens a match's folder.
 */
final class SearchPanel extends Div {

    final SearchForm form = new SearchForm();
    final Span progress = new Span();
    final Button cancel = new Button("Cancel search", VaadinIcon.STOP.create());
    final Button back = new Button("Back to folder", VaadinIcon.ARROW_LEFT.create());
    final Div stopped = new Div();
    final Details skippedDetails = new Details();
    final Div skippedList = new Div();
    final Grid<FileEntry> grid = new Grid<>();
    final List<FileEntry> matches = new ArrayList<>();
    final List<SkippedFolder> skipped = new ArrayList<>();
    private final FileSearch search;
    private final ZoneId zone;
    private final boolean mayDownload;
    private final Consumer<HubPath> openFolder;
    private final Consumer<FileEntry> addToBasket;
    private final Consumer<Boolean> shown;
    private @Nullable RunningSearch running;
    /** The last search started, for tests to wait on. */
    @Nullable
    RunningSearch lastStarted;
    private long skippedCount;
    /** Batches of a replaced search that were already queued for the UI are dropped. */
    private int generation;

    SearchPanel(FileSearch search, ZoneId zone, boolean mayDownload, Consumer<HubPath> openFolder,
            Consumer<FileEntry> addToBasket, Consumer<Boolean> shown) {
        this.search = search;
        this.zone = zone;
        this.mayDownload = mayDownload;
        this.openFolder = openFolder;
        this.addToBasket = addToBasket;
        this.shown = shown;
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancel());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> show(false));
        form.showResults.addClickListener(e -> show(true));
        form.popover.addOpenedChangeListener(e -> form.refreshFilterLabel());
        progress.addClassName("search-progress");
        stopped.addClassName("search-stopped");
        stopped.setVisible(false);
        skippedDetails.setSummaryText("Skipped folders");
        skippedDetails.add(skippedList);
        skippedDetails.setVisible(false);
        columns();
        var head = new Div(back, progress, cancel);
        head.addClassName("search-head");
        addClassName("search-panel");
        add(head, stopped, skippedDetails, grid);
        setVisible(false);
    }

    private void columns() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("search-grid");
        grid.addColumn(FileEntry::name)
                .setHeader("Name")
                .setKey("name")
                .setFlexGrow(1)
                .setResizable(true)
                .setTooltipGenerator(FileEntry::name);
        grid.addColumn(e -> e.path().parent().map(HubPath::value).orElse("/"))
                .setHeader("Folder")
                .setKey("folder")
                .setFlexGrow(1)
                .setResizable(true)
                .setTooltipGenerator(e -> e.path().value());
        grid.addColumn(e -> e.isDirectory() ? "" : Formatters.bytes(e.size(), locale()))
                .setHeader("Size")
                .setKey("size")
                .setWidth("110px")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Formatters.dateTime(e.modified(), zone, locale()))
                .setHeader("Modified")
                .setKey("modified")
                .setWidth("170px")
                .setFlexGrow(0);
        grid.addColumn(FileTypes::describe).setHeader("Type").setKey("type").setWidth("170px").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("260px").setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                q -> matches
                        .subList(Math.min(q.getOffset(), matches.size()),
                                Math.min(q.getOffset() + q.getLimit(), matches.size()))
                        .stream(),
                q -> matches.size()));
        grid.setEmptyStateText("No matches yet.");
    }

    private Div actions(FileEntry entry) {
        var open = new Button("Open folder", VaadinIcon.FOLDER_OPEN_O.create(),
                e -> entry.path().parent().ifPresent(p -> {
                    show(false);
                    openFolder.accept(p);
                }));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(open);
        if (mayDownload) {
            var add = new Button("Add to basket", VaadinIcon.PLUS.create(), e -> {
                addToBasket.accept(entry);
                e.getSource().setEnabled(false);
                e.getSource().setText("In basket");
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(add);
        }
        actions.addClassName("search-actions");
        return actions;
    }

    /** Starts a search from the form; the previous one, if still running, is cancelled. */
    void start(MountId mount, HubPath current, String holderId) {
        cancel();
        UI ui = UI.getCurrent();
        try {
            var query = form.query(current, zone);
            matches.clear();
            skipped.clear();
            skippedList.removeAll();
            skippedCount = 0;
            stopped.setVisible(false);
            skippedDetails.setVisible(false);
            running = search.start(mount, query, holderId, listener(ui));
            lastStarted = running;
            cancel.setVisible(true);
            progress.setText("Searching " + (query.wholeDisk() ? "the whole disk" : query.within().value()) + "…");
            grid.getDataProvider().refreshAll();
            show(true);
        } catch (IllegalArgumentException | AccessDeniedException | MountGoneException | AuditUnavailableException
                | HubException e) {
            stopped.setText(startRefused(e));
            stopped.setVisible(true);
            show(true);
        }
    }

    private static String startRefused(RuntimeException e) {
        return switch (e) {
            case LinkRefusedException l -> String.valueOf(l.getMessage());
            case AccessDeniedException d -> "You cannot search this mount: " + d.getMessage() + ".";
            case MountGoneException g -> "This mount has expired or was removed. Remount the disk to search it.";
            case AuditUnavailableException a -> "The search was not started: the audit log cannot be written. "
                    + "Try again in a moment; if it keeps failing, tell an administrator.";
            case HubException h ->
                "The search could not start: " + com.sendense.console.base.ui.HubErrorMessages.explain(h);
            default -> String.valueOf(e.getMessage());
        };
    }

    private SearchListener listener(UI ui) {
        int mine = ++generation;
        return new SearchListener() {

            @Override
            public void batch(List<FileEntry> found, List<SkippedFolder> failed, SearchProgress now) {
                UiSubscriptions.inUi(ui, () -> {
                    if (generation == mine) {
                        append(found, failed, now);
                    }
                }).run();
            }

            @Override
            public void ended(SearchEnd end) {
                UiSubscriptions.inUi(ui, () -> {
                    if (generation == mine) {
                        finish(end);
                    }
                }).run();
            }
        };
    }

    private void append(List<FileEntry> found, List<SkippedFolder> failed, SearchProgress now) {
        if (!found.isEmpty()) {
            matches.addAll(found);
            grid.getDataProvider().refreshAll();
        }
        skippedCount = now.skipped();
        for (SkippedFolder s : failed) {
            skipped.add(s);
            skippedList.add(new Div(new Span(s.path().value()), new Span(" — " + s.reason())));
        }
        skippedDetails.setVisible(skippedCount > 0);
        skippedDetails.setSummaryText(skippedCount + " folder" + (skippedCount == 1 ? "" : "s")
                + " skipped: the hub could not list " + (skippedCount == 1 ? "it" : "them"));
        progress.setText((running != null ? "Searching… " : "") + numbers(now));
        form.showResults.setText("Results (" + matches.size() + ")");
    }

    private void finish(SearchEnd end) {
        running = null;
        cancel.setVisible(false);
        progress.setText((end.cut() ? "" : "Done: ") + numbers(end.progress()));
        if (end.cut()) {
            stopped.setText(end.message());
            stopped.setVisible(true);
        }
        grid.setEmptyStateText("No file or folder matches.");
    }

    private String numbers(SearchProgress p) {
        Locale l = locale();
        return String.format(l, "%,d folders · %,d entries · %,d matches · %,.0f folders/s · %s", p.folders(),
                p.entries(), p.matches(), p.rate(), Formatters.duration(p.elapsed()));
    }

    void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    boolean running() {
        return running != null;
    }

    void show(boolean visible) {
        setVisible(visible);
        form.showResults.setVisible(!visible && (running != null || !matches.isEmpty() || stopped.isVisible()));
        shown.accept(visible);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
