package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.component.CompactColumn;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.restore.Basket;
import com.sendense.console.restore.FileTypes;
import com.sendense.console.restore.Folder;
import com.sendense.console.restore.FolderSort;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The folder's entries: a lazy grid fed page by page from the server-side {@link Folder}, so the
 * browser only ever holds the rows on screen. Sorting (folders first) and the in-folder filter
 * are applied on the server. A checkbox column puts entries in the basket; shift-click adds the
 * range from the previous click.
 */
final class FileGrid extends Grid<FileEntry> {

    private static final Map<FileTypes.Kind, String> ICONS = Map.ofEntries(Map.entry(FileTypes.Kind.FOLDER, "folder"),
            Map.entry(FileTypes.Kind.PARTITION, "harddrive"), Map.entry(FileTypes.Kind.LINK, "link"),
            Map.entry(FileTypes.Kind.DOCUMENT, "file-text"), Map.entry(FileTypes.Kind.SPREADSHEET, "file-table"),
            Map.entry(FileTypes.Kind.PRESENTATION, "file-presentation"), Map.entry(FileTypes.Kind.PDF, "file-text-o"),
            Map.entry(FileTypes.Kind.IMAGE, "file-picture"), Map.entry(FileTypes.Kind.AUDIO, "file-sound"),
            Map.entry(FileTypes.Kind.VIDEO, "file-movie"), Map.entry(FileTypes.Kind.ARCHIVE, "file-zip"),
            Map.entry(FileTypes.Kind.TEXT, "file-text-o"), Map.entry(FileTypes.Kind.CODE, "file-code"),
            Map.entry(FileTypes.Kind.DATABASE, "database"), Map.entry(FileTypes.Kind.EXECUTABLE, "cog"),
            Map.entry(FileTypes.Kind.OTHER, "file-o"));

    private final Basket basket;
    private final CompactColumn<FileEntry> compact;
    private final ZoneId zone;
    private final Runnable onBasketChange;
    private final SerializableFunction<FileEntry, String> linkTarget;
    final Checkbox selectAll = new Checkbox();
    private @Nullable Folder folder;
    private String filter = "";
    private FolderSort sort = FolderSort.BY_NAME;
    private @Nullable FileEntry anchor;
    private @Nullable FileEntry focused;
    /** Rows handed to the browser so far: tests check that a huge folder is never sent whole. */
    long rowsServed;

    FileGrid(Basket basket, ZoneId zone, Runnable onBasketChange, SerializableFunction<FileEntry, String> linkTarget) {
        this.basket = basket;
        this.zone = zone;
        this.onBasketChange = onBasketChange;
        this.linkTarget = linkTarget;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addClassName("file-grid");
        setSelectionMode(SelectionMode.NONE);
        selectAll.setAriaLabel(getTranslation("browser.grid.selectAll"));
        selectAll.addValueChangeListener(e -> {
            if (e.isFromClient() && folder != null) {
                List<FileEntry> all = folder.matching(filter, sort);
                if (e.getValue()) {
                    basket.addAll(all);
                } else {
                    basket.removeAll(all);
                }
                basketChanged();
            }
        });
        addColumn(LitRenderer.<FileEntry>of(
                """
                        <vaadin-checkbox aria-label="${item.label}" accessible-name="${item.label}" ?checked=${item.picked} ?hidden=${item.partition}
                          @click=${e => { e.preventDefault(); e.shiftKey ? range() : toggle(); }}></vaadin-checkbox>""")
                .withProperty("label", e -> getTranslation("browser.grid.select", Folder.displayName(e)))
                .withProperty("picked", e -> basket.contains(e.path()))
                .withProperty("partition", FileTypes::isPartition)
                .withFunction("toggle", this::toggle)
                .withFunction("range", this::range)).setHeader(selectAll)
                .setKey("pick")
                .setWidth("56px")
                .setFlexGrow(0);
        addColumn(LitRenderer.<FileEntry>of(
                """
                        <span class="file-name"><vaadin-icon icon="vaadin:${item.icon}" class="file-icon ${item.kind}"></vaadin-icon>\
                        <span class="clipped-text" title="${item.name}">${item.name}</span><span class="link-target" ?hidden=${!item.link}>${item.target}</span></span>""")
                .withProperty("link", FileEntry::symlink)
                // only rows sent to the browser ask the hub where their link points
                .withProperty("target", e -> e.symlink() ? linkTarget.apply(e) : "")
                .withProperty("icon", e -> ICONS.get(FileTypes.kind(e)))
                .withProperty("kind", e -> FileTypes.kind(e).name().toLowerCase(Locale.ROOT))
                .withProperty("name", Folder::displayName)).setHeader(getTranslation("browser.grid.name"))
                .setKey("name")
                .setSortProperty("NAME")
                .setFlexGrow(1)
                .setResizable(true);
        addColumn(e -> e.isDirectory() ? "" : Formatters.bytes(e.size(), locale()))
                .setHeader(getTranslation("browser.grid.size"))
                .setKey("size")
                .setSortProperty("SIZE")
                .setWidth("110px")
                .setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(e -> Formatters.dateTime(e.modified(), zone, locale()))
                .setHeader(getTranslation("browser.grid.modified"))
                .setKey("modified")
                .setSortProperty("MODIFIED")
                .setWidth("190px")
                .setFlexGrow(0);
        addColumn(e -> FileTypes.describe(e, locale())).setHeader(getTranslation("browser.grid.type"))
                .setKey("type")
                .setSortProperty("TYPE")
                .setWidth("190px")
                .setFlexGrow(0);
        // A phone shows one cell per entry, the name whole with its icon, the rest under it; the pick and
        // preview columns stay beside it.
        compact = CompactColumn.add(this, getTranslation("browser.grid.name"), LitRenderer.<FileEntry>of("""
                <div class="compact-row"><span class="compact-title file-name"><vaadin-icon icon="vaadin:${item.icon}" \
                class="file-icon ${item.kind}"></vaadin-icon><span>${item.name}</span></span>\
                <span class="compact-details">${item.details}</span></div>""")
                .withProperty("icon", e -> ICONS.get(FileTypes.kind(e)))
                .withProperty("kind", e -> FileTypes.kind(e).name().toLowerCase(Locale.ROOT))
                .withProperty("name", Folder::displayName)
                .withProperty("details", this::details), Set.of("pick", "preview"));
        compact.column().setSortProperty("NAME").setFlexGrow(1);
        setItems(DataProvider.fromCallbacks(this::fetch, this::count));
        addCellFocusListener(e -> e.getItem().ifPresent(item -> focused = item));
    }

    void compact(boolean narrow) {
        compact.show(narrow);
    }

    /** Size · modified · type, the wide layout's columns for a compact row; a folder has no size. */
    String details(FileEntry e) {
        var parts = new java.util.ArrayList<String>();
        if (!e.isDirectory()) {
            parts.add(Formatters.bytes(e.size(), locale()));
        }
        parts.add(Formatters.dateTime(e.modified(), zone, locale()));
        parts.add(FileTypes.describe(e, locale()));
        if (e.symlink()) {
            parts.add(getTranslation("browser.grid.linkTarget", linkTarget.apply(e)));
        }
        return String.join(" · ", parts); // i18n: not text (a separator)
    }

    /** Double-click or Enter opens an entry; Backspace or Alt+Up goes up a level, as in Explorer. */
    void onKeys(java.util.function.Consumer<FileEntry> open, Runnable up) {
        addItemDoubleClickListener(e -> open.accept(e.getItem()));
        // Not when the grid's own Enter just stepped into a cell's checkbox or button (it handles the key first)
        getElement().addEventListener("keydown", e -> focused().ifPresent(open))
                .setFilter("event.key === 'Enter' && !element.interacting");
        getElement().addEventListener("keydown", e -> up.run())
                .setFilter("event.key === 'Backspace' || (event.altKey && event.key === 'ArrowUp')");
    }

    static com.vaadin.flow.component.textfield.TextField filterField() {
        var filter = new com.vaadin.flow.component.textfield.TextField();
        String label = filter.getTranslation("browser.grid.filter");
        filter.setPlaceholder(label);
        filter.setPrefixComponent(com.vaadin.flow.component.icon.VaadinIcon.FILTER.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.setAriaLabel(label);
        return filter;
    }

    void show(@Nullable Folder folder) {
        this.folder = folder;
        this.anchor = null;
        this.focused = null;
        getDataProvider().refreshAll();
        updateSelectAll();
    }

    void filter(String text) {
        filter = text;
        getDataProvider().refreshAll();
        updateSelectAll();
    }

    @SuppressWarnings("unchecked")
    CallbackDataProvider<FileEntry, Void> provider() {
        return (CallbackDataProvider<FileEntry, Void>) getDataProvider();
    }

    Optional<FileEntry> focused() {
        return Optional.ofNullable(focused);
    }

    /** The entries matching the filter, as many as there are (not rows on screen). */
    int matchingCount() {
        return folder == null ? 0 : folder.count(filter);
    }

    private java.util.stream.Stream<FileEntry> fetch(Query<FileEntry, Void> query) {
        if (folder == null) {
            return java.util.stream.Stream.empty();
        }
        sort = sortOf(query.getSortOrders());
        List<FileEntry> page = folder.fetch(filter, sort, query.getOffset(), query.getLimit()).toList();
        rowsServed += page.size();
        return page.stream();
    }

    private int count(Query<FileEntry, Void> query) {
        return folder == null ? 0 : folder.count(filter);
    }

    private FolderSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream()
                .findFirst()
                .map(o -> new FolderSort(FolderSort.Column.valueOf(o.getSorted()),
                        o.getDirection() == SortDirection.DESCENDING, locale()))
                .orElse(FolderSort.BY_NAME);
    }

    void toggle(FileEntry entry) {
        if (!FileTypes.isPartition(entry)) {
            basket.toggle(entry);
            anchor = entry;
            getDataProvider().refreshItem(entry);
            basketChanged();
        }
    }

    void range(FileEntry entry) {
        if (folder == null || anchor == null) {
            toggle(entry);
            return;
        }
        basket.addAll(folder.range(anchor.path(), entry.path(), filter, sort));
        anchor = entry;
        getDataProvider().refreshAll();
        basketChanged();
    }

    void basketChanged() {
        updateSelectAll();
        onBasketChange.run();
    }

    void refreshPicks() {
        getDataProvider().refreshAll();
        updateSelectAll();
    }

    private void updateSelectAll() {
        // A basket smaller than the folder cannot hold all of it: no list of 100,000 entries for each change.
        selectAll.setValue(folder != null && basket.size() >= folder.count(filter)
                && basket.containsAll(folder.matching(filter, sort)));
        selectAll.setEnabled(folder != null && !folder.isRoot());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
