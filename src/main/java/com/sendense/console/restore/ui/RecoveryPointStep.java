package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
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

    final DatePicker date = new DatePicker("Taken on");
    final Grid<Backup> grid = new Grid<>();
    private final List<Backup> points;
    private final ZoneId zone;

    RecoveryPointStep(String vmName, List<Backup> points, Map<String, String> repositoryNames, ZoneId zone,
            Locale locale, String notice, SerializableConsumer<Backup> onChoose, SerializableRunnable onBack) {
        this.points = points;
        this.zone = zone;

        // Create components
        date.setClearButtonVisible(true);
        date.setWidth("16rem");
        date.setLocale(locale);
        date.setHelperText("Leave empty to see every recovery point");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(b -> Formatters.dateTime(b.createdAt(), zone, locale))
                .setHeader("Taken")
                .setKey("taken")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(b -> RestoreLabels.typeBadge(b.type()))
                .setHeader("Type")
                .setKey("type")
                .setAutoWidth(true);
        grid.addColumn(b -> Formatters.bytes(b.totalBytes(), locale))
                .setHeader("Transferred")
                .setKey("size")
                .setAutoWidth(true);
        grid.addColumn(b -> b.disksCount()).setHeader("Disks").setKey("disks").setAutoWidth(true);
        // The name, as everywhere else; the id (which the hub's logs use) in the hover title.
        grid.addComponentColumn(b -> {
            var name = ClippedText.span(repositoryNames.getOrDefault(b.repositoryId(), b.repositoryId()));
            name.getElement().setAttribute("title", b.repositoryId());
            return name;
        }).setHeader("Repository").setKey("repository").setAutoWidth(true);
        var empty = new Span(points.isEmpty()
                ? vmName + " has no completed backup yet, so there is nothing to restore from."
                : "No recovery point on that date.");
        empty.addClassName("empty-state-text");
        grid.setEmptyStateComponent(empty);
        grid.setAllRowsVisible(true);
        var back = new Button("Choose another VM", VaadinIcon.ARROW_LEFT.create(), e -> onBack.run());

        // Add listeners
        date.addValueChangeListener(e -> filter());
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                onChoose.accept(e.getItem());
            }
        });

        // Layout
        addClassName("restore-step-body");
        add(new H2("Recovery point of " + vmName));
        if (!notice.isEmpty()) {
            var p = new Paragraph(notice);
            p.addClassName("restore-notice");
            add(p);
        }
        add(date, grid, back);
        filter();
    }

    private void filter() {
        LocalDate day = date.getValue();
        grid.setItems(day == null
                ? points
                : points.stream().filter(b -> b.createdAt().atZone(zone).toLocalDate().equals(day)).toList());
    }
}
