package com.sendense.console.dashboard.ui;

import com.sendense.console.dashboard.DashboardQuery;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Date range and group of the dashboard. Reports a valid query whenever the user changes one. */
class DashboardFilters extends Div {

    final DatePicker from = new DatePicker(getTranslation("dashboard.filter.from"));
    final DatePicker to = new DatePicker(getTranslation("dashboard.filter.to"));
    final Select<String> group = new Select<>();
    private final SerializableConsumer<DashboardQuery> onChange;
    private boolean updating;

    DashboardFilters(SerializableConsumer<DashboardQuery> onChange) {
        this.onChange = onChange;

        // Create components
        String allGroups = getTranslation("dashboard.filter.allGroups");
        group.setLabel(getTranslation("dashboard.filter.group"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(allGroups);
        group.setItemLabelGenerator(g -> g == null ? allGroups : g);
        for (DatePicker picker : List.of(from, to)) {
            picker.setWidth("9.5rem");
        }

        // Add listeners
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        group.addValueChangeListener(e -> changed());

        // Layout
        addClassName("dash-filters");
        add(from, to, group);
    }

    /** Shows a query without reporting it back. */
    void show(DashboardQuery query, List<String> groups) {
        updating = true;
        try {
            List<String> items = new ArrayList<>(groups);
            if (query.group() != null && !items.contains(query.group())) {
                items.add(query.group());
            }
            group.setItems(items);
            group.setValue(query.group());
            from.setValue(query.from());
            to.setValue(query.to());
            from.setInvalid(false);
            to.setInvalid(false);
        } finally {
            updating = false;
        }
    }

    /** The query the fields describe, if they describe a valid one. */
    Optional<DashboardQuery> query() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first == null || last == null) {
            return Optional.empty();
        }
        if (last.isBefore(first)) {
            to.setErrorMessage(getTranslation("dashboard.filter.endsBeforeStart"));
            to.setInvalid(true);
            return Optional.empty();
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > DashboardQuery.MAX_DAYS) {
            to.setErrorMessage(getTranslation("dashboard.filter.maxDays", DashboardQuery.MAX_DAYS));
            to.setInvalid(true);
            return Optional.empty();
        }
        to.setInvalid(false);
        return Optional.of(new DashboardQuery(first, last, group.getValue()));
    }

    private void changed() {
        if (!updating) {
            query().ifPresent(onChange);
        }
    }
}
