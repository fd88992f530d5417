package com.sendense.console.backups.ui;

import com.sendense.console.backups.HistoryColumn;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.CompactColumn;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.Backup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The backup history grid of both history views: date, (VM,) type, size, duration, status with
 * the error of a failed backup, repository, and a slot of row actions. Columns sort by
 * {@link HistoryColumn} keys, which the views turn into {@link HistoryOrder}s and URLs.
 */
class HistoryGrid extends Grid<HistoryEntry> {

    private final ZoneId zone;
    private final Clock clock;
    private final Duration stallThreshold;

    /**
     * @param actions builds the row-action cell: delete today; "Restore files from this point" is
     *     meant to join it here when file restore arrives
     */
    HistoryGrid(boolean showVm, ZoneId zone, Clock clock, Duration stallThreshold, boolean withActions,
            SerializableFunction<HistoryEntry, Component> actions) {
        this.zone = zone;
        this.clock = clock;
        this.stallThreshold = stallThreshold;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        column(HistoryColumn.DATE, e -> nowrap(Formatters.dateTime(e.backup().createdAt(), zone, locale())),
                getTranslation("backups.column.date")).setAutoWidth(true).setFlexGrow(0);
        if (showVm) {
            column(HistoryColumn.VM, e -> ClippedText.span(e.backup().vmName()), getTranslation("backups.column.vm"))
                    .setWidth("8rem")
                    .setFlexGrow(1);
        }
        column(HistoryColumn.TYPE, e -> BackupBadges.type(e.backup().type(), locale()),
                getTranslation("backups.column.type")).setAutoWidth(true).setFlexGrow(0);
        column(HistoryColumn.SIZE, e -> nowrap(size(e.backup(), locale())), getTranslation("backups.column.size"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        column(HistoryColumn.DURATION, e -> nowrap(duration(e)), getTranslation("backups.column.duration"))
                .setWidth("7.75rem")
                .setFlexGrow(0);
        column(HistoryColumn.STATUS, this::status, getTranslation("backups.column.status")).setWidth("10rem")
                .setFlexGrow(1);
        // VM and repository names start narrow and share the width left, so no name scrolls the grid sideways.
        column(HistoryColumn.REPOSITORY, e -> ClippedText.span(e.repositoryName()),
                getTranslation("backups.wizard.repository")).setWidth("8rem").setFlexGrow(1);
        Column<HistoryEntry> actionColumn = addComponentColumn(actions::apply).setHeader("")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        actionColumn.setVisible(withActions);
        setMultiSort(true, true);
        // A phone shows one cell per backup, the name (or date) whole on one line, the rest under it; the
        // actions stay beside it.
        CompactColumn
                .add(this, getTranslation(showVm ? "backups.column.vm" : "backups.column.date"),
                        new ComponentRenderer<>(e -> compactRow(e, showVm)), Set.of("actions"))
                .column()
                .setSortProperty(showVm ? HistoryColumn.VM.key() : HistoryColumn.DATE.key())
                .setSortable(true)
                .setFlexGrow(1);
    }

    private Component compactRow(HistoryEntry e, boolean showVm) {
        Backup b = e.backup();
        String date = Formatters.dateTime(b.createdAt(), zone, locale());
        var title = new Span(showVm ? b.vmName() : date);
        title.addClassName("compact-title");
        var details = new Div();
        if (showVm) {
            details.add(nowrap(date));
        }
        details.add(BackupBadges.type(b.type(), locale()), nowrap(size(b, locale())), nowrap(duration(e)), status(e),
                ClippedText.span(e.repositoryName()));
        details.addClassName("compact-details");
        var row = new Div(title, details);
        row.addClassName("compact-row");
        return row;
    }

    /** The grid's current sort as history orders; newest first when unsorted. */
    List<HistoryOrder> orders(List<QuerySortOrder> sortOrders) {
        List<HistoryOrder> result = new ArrayList<>();
        for (QuerySortOrder o : sortOrders) {
            HistoryColumn.fromKey(o.getSorted())
                    .ifPresent(c -> result.add(new HistoryOrder(c, o.getDirection() == SortDirection.DESCENDING)));
        }
        return result.isEmpty() ? HistoryOrder.NEWEST_FIRST : result;
    }

    /** The sort the user chose in the grid's headers (the compact column's too); newest first when unsorted. */
    List<HistoryOrder> currentOrders() {
        List<QuerySortOrder> sorts = new ArrayList<>();
        for (GridSortOrder<HistoryEntry> o : getSortOrder()) {
            o.getSorted().getSortOrder(o.getDirection()).forEach(sorts::add);
        }
        return orders(sorts);
    }

    /** Shows {@code orders} as the grid's sort indicators (from a URL). */
    void showSort(List<HistoryOrder> orders) {
        List<GridSortOrder<HistoryEntry>> sort = new ArrayList<>();
        for (HistoryOrder o : orders) {
            Column<HistoryEntry> column = getColumnByKey(o.column().key());
            if (column != null) {
                sort.add(new GridSortOrder<>(column,
                        o.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING));
            }
        }
        sort(sort);
    }

    private Column<HistoryEntry> column(HistoryColumn key, SerializableFunction<HistoryEntry, Component> renderer,
            String header) {
        return addComponentColumn(renderer::apply).setHeader(header)
                .setKey(key.key())
                .setSortProperty(key.key())
                .setSortable(true);
    }

    private Component status(HistoryEntry e) {
        Backup b = e.backup();
        var cell = new Div(BackupBadges.status(b.status(), locale()));
        cell.addClassName("history-status");
        if (b.status().isActive()) {
            Instant lastSign = b.lastTelemetryAt() != null ? b.lastTelemetryAt() : b.createdAt();
            Duration silent = Duration.between(lastSign, clock.instant());
            if (silent.compareTo(stallThreshold) > 0) {
                cell.add(BackupBadges.stalled(locale()),
                        note(getTranslation("backups.history.silent", Formatters.duration(silent, locale()))));
            }
        }
        if (b.errorMessage() != null) {
            var error = note(b.errorMessage());
            error.addClassName("history-error");
            cell.add(error);
        }
        return cell;
    }

    private String duration(HistoryEntry e) {
        return e.duration()
                .map(d -> Formatters.duration(d, locale()))
                .orElseGet(() -> getTranslation("backups.history.runningFor",
                        Formatters.duration(Duration.between(e.backup().createdAt(), clock.instant()), locale())));

    }

    static String size(Backup b, Locale locale) {
        if (b.totalBytes() <= 0) {
            return b.bytesTransferred() > 0 ? Formatters.bytes(b.bytesTransferred(), locale) : "–";
        }
        if (b.bytesTransferred() == b.totalBytes()) {
            return Formatters.bytes(b.totalBytes(), locale);
        }
        return Formatters.bytes(b.bytesTransferred(), locale) + " / " + Formatters.bytes(b.totalBytes(), locale);
    }

    private static Span nowrap(String text) {
        var span = new Span(text);
        span.addClassName("history-nowrap");
        return span;
    }

    private static Span note(String text) {
        var span = new Span(text);
        span.addClassName("history-note");
        return span;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
