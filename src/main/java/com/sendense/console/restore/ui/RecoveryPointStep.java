package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.GridKeys;
import com.sendense.console.hub.Backup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 2: the recovery point, by date. Only completed backups can be mounted; every backup holds
 * all of the VM's disks, an incremental as well as a full one.
 */
class RecoveryPointStep extends Div {

    final DatePicker date = new DatePicker();
    final Grid<Backup> grid = new Grid<>();
    private final List<Backup> points;
    private final ZoneId zone;

    RecoveryPointStep(String vmName, List<Backup> points, Map<String, String> repositoryNames, ZoneId zone,
            Locale locale, String notice, SerializableConsumer<Backup> onChoose, SerializableRunnable onBack) {
        this.points = points;
        this.zone = zone;

        // Create components
        date.setLabel(t(locale, "restore.point.takenOn"));
        date.setClearButtonVisible(true);
        date.setWidth("16rem");
        date.setLocale(locale);
        date.setHelperText(t(locale, "restore.point.dateHelp"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(b -> Formatters.dateTime(b.createdAt(), zone, locale))
                .setHeader(t(locale, "restore.point.taken"))
                .setKey("taken")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(b -> RestoreLabels.typeBadge(b.type(), locale))
                .setHeader(t(locale, "restore.point.type"))
                .setKey("type")
                .setAutoWidth(true);
        grid.addColumn(b -> Formatters.bytes(b.totalBytes(), locale))
                .setHeader(t(locale, "restore.point.transferred"))
                .setKey("size")
                .setAutoWidth(true);
        grid.addColumn(b -> b.disksCount())
                .setHeader(t(locale, "restore.point.disks"))
                .setKey("disks")
                .setAutoWidth(true);
        // The name, as everywhere else; the id (which the hub's logs use) in the hover title.
        grid.addComponentColumn(b -> {
            var name = ClippedText.span(repositoryNames.getOrDefault(b.repositoryId(), b.repositoryId()));
            name.getElement().setAttribute("title", b.repositoryId());
            return name;
        }).setHeader(t(locale, "restore.point.repository")).setKey("repository").setAutoWidth(true);
        var empty = new Span(
                points.isEmpty() ? t(locale, "restore.point.none", vmName) : t(locale, "restore.point.noneOnDate"));
        empty.addClassName("empty-state-text");
        grid.setEmptyStateComponent(empty);
        grid.setAllRowsVisible(true);
        var back = new Button(t(locale, "restore.point.back"), VaadinIcon.ARROW_LEFT.create(), e -> onBack.run());

        // Add listeners
        date.addValueChangeListener(e -> filter());
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                onChoose.accept(e.getItem());
            }
        });
        GridKeys.chooseWithEnter(grid, onChoose);

        // Layout
        addClassName("restore-step-body");
        add(new H2(t(locale, "restore.point.title", vmName)));
        if (!notice.isEmpty()) {
            var p = new Paragraph(notice);
            p.addClassName("restore-notice");
            add(p);
        }
        add(date, grid, back);
        filter();
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    private void filter() {
        LocalDate day = date.getValue();
        grid.setItems(day == null
                ? points
                : points.stream().filter(b -> b.createdAt().atZone(zone).toLocalDate().equals(day)).toList());
    }
}
