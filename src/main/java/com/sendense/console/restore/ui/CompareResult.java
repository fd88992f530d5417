package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.restore.CompareService;
import com.sendense.console.restore.Comparison;
import com.sendense.console.restore.FolderDiff;
import com.sendense.console.restore.FolderDiff.Change;
import com.sendense.console.restore.FolderDiff.Status;
import com.sendense.console.restore.PreviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One folder in two recovery points: counts, a filter (differences, added, removed, changed, everything), and a row
 * per entry with both sizes and times. A changed file offers each version for download and preview; a folder in
 * both can be compared one level deeper.
 */
final class CompareResult extends Div {

    /** What the file browser does with one version of a file. */
    interface Actions extends Serializable {

        void download(MountId mount, FileEntry file);

        void preview(MountId mount, FileEntry file, String version);
    }

    enum Show {
        DIFFERENCES, ADDED, REMOVED, CHANGED, ALL
    }

    final Paragraph points = new Paragraph();
    final Paragraph counts = new Paragraph();
    final Select<Show> filter = new Select<>();
    final Button up = new Button(VaadinIcon.LEVEL_UP.create());
    final Grid<Change> grid = new Grid<>();
    @Nullable
    FolderDiff diff;
    private final CompareService compare;
    private final Comparison comparison;
    private final ZoneId zone;
    private final Actions actions;
    private @Nullable HubPath top;

    CompareResult(CompareService compare, Comparison comparison, ZoneId zone, Actions actions) {
        this.compare = compare;
        this.comparison = comparison;
        this.zone = zone;
        this.actions = actions;
        addClassName("compare-result");
        filter.setLabel(getTranslation("compare.filter"));
        filter.setItems(Show.values());
        filter.setItemLabelGenerator(s -> getTranslation("compare.show." + s.name()));
        filter.setValue(Show.DIFFERENCES);
        filter.addValueChangeListener(e -> refresh());
        up.setText(getTranslation("compare.up"));
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        up.addClickListener(e -> current().flatMap(HubPath::parent).ifPresent(this::show));
        grid.addClassName("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::badge)
                .setHeader(getTranslation("compare.column.status"))
                .setWidth("120px")
                .setFlexGrow(0)
                .setKey("status");
        grid.addColumn(Change::name)
                .setHeader(getTranslation("compare.column.name"))
                .setFlexGrow(1)
                .setKey("name")
                .setResizable(true)
                .setTooltipGenerator(Change::name);
        grid.addColumn(c -> size(c.before()))
                .setHeader(getTranslation("compare.column.sizeBefore"))
                .setWidth("100px")
                .setFlexGrow(0);
        grid.addColumn(c -> time(c.before()))
                .setHeader(getTranslation("compare.column.timeBefore"))
                .setWidth("160px")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> versionActions(c, c.before(), true))
                .setHeader(getTranslation("compare.column.older"))
                .setKey("older")
                .setWidth("96px")
                .setFlexGrow(0);
        grid.addColumn(c -> size(c.after()))
                .setHeader(getTranslation("compare.column.sizeAfter"))
                .setWidth("100px")
                .setFlexGrow(0);
        grid.addColumn(c -> time(c.after()))
                .setHeader(getTranslation("compare.column.timeAfter"))
                .setWidth("160px")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> versionActions(c, c.after(), false))
                .setHeader(getTranslation("compare.column.newer"))
                .setKey("newer")
                .setWidth("96px")
                .setFlexGrow(0);
        var bar = new Div(filter, up, counts);
        bar.addClassName("compare-bar");
        add(points, bar, grid);
        setSizeFull();
    }

    /** Compares {@code folder}; the first one shown is as high as "Up" goes. */
    void show(HubPath folder) {
        if (top == null) {
            top = folder;
        }
        try {
            diff = compare.compare(comparison, folder);
        } catch (HubException e) {
            diff = null;
            counts.setText(getTranslation("compare.error.hub", HubErrorMessages.explain(e)));
            grid.setItems(List.of());
            return;
        } catch (RuntimeException e) {
            diff = null;
            counts.setText(getTranslation("compare.error.refused", String.valueOf(e.getMessage())));
            grid.setItems(List.of());
            return;
        }
        Locale locale = locale();
        points.setText(getTranslation("compare.points", folder.value(), label(diff.older(), locale),
                label(diff.newer(), locale)));
        up.setVisible(!folder.equals(top) && folder.parent().isPresent());
        refresh();
    }

    private void refresh() {
        FolderDiff d = diff;
        if (d == null) {
            return;
        }
        Show show = filter.getValue() == null ? Show.DIFFERENCES : filter.getValue();
        grid.setItems(d.changes().stream().filter(c -> switch (show) {
            case DIFFERENCES -> c.status() != Status.SAME;
            case ADDED -> c.status() == Status.ADDED;
            case REMOVED -> c.status() == Status.REMOVED;
            case CHANGED -> c.status() == Status.CHANGED;
            case ALL -> true;
        }).toList());
        String summary = getTranslation("compare.counts", d.count(Status.ADDED), d.count(Status.REMOVED),
                d.count(Status.CHANGED), d.count(Status.SAME));
        counts.setText(d.missingIn() == null
                ? summary
                : summary + " " + getTranslation("compare.missingIn", label(d.missingIn(), locale())));
    }

    private Span badge(Change c) {
        var badge = new Span(getTranslation("compare.status." + c.status().name()));
        badge.getElement().getThemeList().add("badge pill small"); // i18n: not text (a theme name)
        badge.getElement().getThemeList().add(switch (c.status()) {
            case ADDED -> "success";
            case REMOVED -> "error";
            case CHANGED -> "warning";
            case SAME -> "contrast";
        });
        badge.addClassName("compare-" + c.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private Div versionActions(Change c, @Nullable FileEntry entry, boolean older) {
        var box = new Div();
        box.addClassName("compare-actions");
        Backup point = diff == null ? null : older ? diff.older() : diff.newer();
        if (entry == null || point == null || entry.symlink()) {
            return box;
        }
        if (c.isDirectory()) {
            if (!older && c.status() != Status.ADDED) {
                box.add(button(getTranslation("compare.subfolder"), VaadinIcon.SPLIT, () -> show(entry.path())));
            }
            return box;
        }
        MountId mount = comparison.mountOf(point);
        String version = getTranslation(older ? "compare.older" : "compare.newer");
        box.add(button(getTranslation("compare.download", version), VaadinIcon.DOWNLOAD,
                () -> actions.download(mount, entry)));
        if (PreviewService.previewable(entry)) {
            box.add(button(getTranslation("compare.preview", version), VaadinIcon.EYE,
                    () -> actions.preview(mount, entry, label(point, locale()))));
        }
        return box;
    }

    /** An icon button whose label is its tooltip and accessible name: two of them fit in each version's column. */
    private static Button button(String label, VaadinIcon icon, Runnable action) {
        var b = new Button(icon.create(), e -> action.run());
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        return b;
    }

    private java.util.Optional<HubPath> current() {
        return java.util.Optional.ofNullable(diff).map(FolderDiff::folder);
    }

    private String size(@Nullable FileEntry e) {
        return e == null || e.isDirectory() ? "" : Formatters.bytes(e.size(), locale());
    }

    private String time(@Nullable FileEntry e) {
        return e == null ? "" : Formatters.dateTime(e.modified(), zone, locale());
    }

    private String label(Backup b, Locale locale) {
        return Formatters.dateTime(b.createdAt(), zone, locale);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
