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
import com.sendense.console.restore.InvalidSearchException;
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
    final Button cancel = new Button(VaadinIcon.STOP.create());
    final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
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
        cancel.setText(getTranslation("restore.search.cancel"));
        back.setText(getTranslation("restore.search.back"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancel());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> show(false));
        form.showResults.addClickListener(e -> show(true));
        form.popover.addOpenedChangeListener(e -> form.refreshFilterLabel());
        progress.addClassName("search-progress");
        stopped.addClassName("search-stopped");
        stopped.setVisible(false);
        skippedDetails.setSummaryText(getTranslation("restore.search.skipped"));
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
                .setHeader(getTranslation("restore.vm.name"))
                .setKey("name")
                .setFlexGrow(1)
                .setResizable(true)
                .setTooltipGenerator(FileEntry::name);
        grid.addColumn(e -> e.path().parent().map(HubPath::value).orElse("/"))
                .setHeader(getTranslation("restore.search.folder"))
                .setKey("folder")
                .setFlexGrow(1)
                .setResizable(true)
                .setTooltipGenerator(e -> e.path().value());
        grid.addColumn(e -> e.isDirectory() ? "" : Formatters.bytes(e.size(), locale()))
                .setHeader(getTranslation("restore.audit.size"))
                .setKey("size")
                .setWidth("110px")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Formatters.dateTime(e.modified(), zone, locale()))
                .setHeader(getTranslation("restore.search.modified"))
                .setKey("modified")
                .setWidth("170px")
                .setFlexGrow(0);
        grid.addColumn(e -> FileTypes.describe(e, locale()))

                .setHeader(getTranslation("restore.point.type"))
                .setKey("type")
                .setWidth("170px")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("260px").setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                q -> matches
                        .subList(Math.min(q.getOffset(), matches.size()),
                                Math.min(q.getOffset() + q.getLimit(), matches.size()))
                        .stream(),
                q -> matches.size()));
        grid.setEmptyStateText(getTranslation("restore.search.noMatchesYet"));
    }

    private Div actions(FileEntry entry) {
        var open = new Button(getTranslation("restore.search.openFolder"), VaadinIcon.FOLDER_OPEN_O.create(),
                e -> entry.path().parent().ifPresent(p -> {
                    show(false);
                    openFolder.accept(p);
                }));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(open);
        if (mayDownload) {
            var add = new Button(getTranslation("restore.search.addToBasket"), VaadinIcon.PLUS.create(), e -> {
                addToBasket.accept(entry);
                e.getSource().setEnabled(false);
                e.getSource().setText(getTranslation("restore.search.inBasket"));
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
            progress.setText(query.wholeDisk()
                    ? getTranslation("restore.search.searchingDisk")
                    : getTranslation("restore.search.searchingFolder", query.within().value()));
            grid.getDataProvider().refreshAll();
            show(true);
        } catch (IllegalArgumentException | AccessDeniedException | MountGoneException | AuditUnavailableException
                | HubException e) {
            stopped.setText(startRefused(e));
            stopped.setVisible(true);
            show(true);
        }
    }

    private String startRefused(RuntimeException e) {
        return switch (e) {
            case LinkRefusedException l -> getTranslation(l.text().key(), l.text().args().toArray());
            case AccessDeniedException d -> getTranslation("restore.search.refused.scope");
            case MountGoneException g -> getTranslation("restore.search.refused.mountGone");
            case AuditUnavailableException a -> getTranslation("restore.search.refused.audit");
            case HubException h ->
                getTranslation("restore.search.refused.hub", com.sendense.console.base.ui.HubErrorMessages.explain(h));
            case InvalidSearchException i -> getTranslation(i.text().key(), i.text().args().toArray());
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
            skippedList.add(new Div(new Span(s.path().value()),
                    new Span(" — " + (s.reason() == null ? getTranslation("restore.search.noReason") : s.reason()))));
        }
        skippedDetails.setVisible(skippedCount > 0);
        skippedDetails.setSummaryText(getTranslation("restore.search.skippedCount", skippedCount));
        progress.setText(running != null ? getTranslation("restore.search.searching", numbers(now)) : numbers(now));
        form.showResults.setText(getTranslation("restore.search.resultsN", matches.size()));
    }

    private void finish(SearchEnd end) {
        running = null;
        cancel.setVisible(false);
        progress.setText(
                end.cut() ? numbers(end.progress()) : getTranslation("restore.search.done", numbers(end.progress())));
        if (end.cut()) {
            stopped.setText(getTranslation(end.text().key(), end.text().args().toArray()));
            stopped.setVisible(true);
        }
        grid.setEmptyStateText(getTranslation("restore.search.noMatches"));
    }

    private String numbers(SearchProgress p) {
        Locale l = locale();
        return getTranslation("restore.search.numbers", String.format(l, "%,d", p.folders()),
                String.format(l, "%,d", p.entries()), String.format(l, "%,d", p.matches()),
                String.format(l, "%,.0f", p.rate()), Formatters.duration(p.elapsed(), l));
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
