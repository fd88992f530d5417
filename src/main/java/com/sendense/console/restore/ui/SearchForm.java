package com.sendense.console.restore.ui;

import com.sendense.console.hub.HubPath;
import com.sendense.console.restore.SearchQuery;
import com.sendense.console.restore.TypeGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * The search box of the file browser: name pattern, where to search and a filters popover. Dates are days in the
 * hub's zone, sizes are in MB as users think of them; the query is checked again on the server.
 */
final class SearchForm extends Div {

    /** The scope choices, as bundle keys. */
    static final String WHOLE_DISK = "restore.search.wholeDisk";
    static final String BELOW = "restore.search.below";
    private static final double MB = 1_000_000;

    final TextField pattern = new TextField();
    final Select<String> scope = new Select<>();
    final Button filters = new Button(VaadinIcon.SLIDERS.create());
    final Button search = new Button(VaadinIcon.SEARCH.create());
    final Button showResults = new Button();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final NumberField minMb = new NumberField();
    final NumberField maxMb = new NumberField();
    final CheckboxGroup<TypeGroup> types = new CheckboxGroup<>();
    final Popover popover = new Popover();

    SearchForm() {
        filters.setText(getTranslation("restore.search.filters"));
        search.setText(getTranslation("restore.search.search"));
        showResults.setText(getTranslation("restore.search.results"));
        from.setLabel(getTranslation("restore.search.modifiedFrom"));
        to.setLabel(getTranslation("restore.search.modifiedTo"));
        minMb.setLabel(getTranslation("restore.search.atLeast"));
        maxMb.setLabel(getTranslation("restore.search.atMost"));
        types.setLabel(getTranslation("restore.point.type"));
        pattern.setPlaceholder(getTranslation("restore.search.placeholder"));
        pattern.setAriaLabel(getTranslation("restore.search.label"));
        pattern.setPrefixComponent(VaadinIcon.SEARCH.create());
        pattern.setClearButtonVisible(true);
        pattern.setMaxLength(SearchQuery.MAX_PATTERN);
        pattern.addClassName("search-pattern");
        scope.setItems(WHOLE_DISK, BELOW);
        scope.setItemLabelGenerator(this::getTranslation);
        scope.setValue(WHOLE_DISK);
        scope.setAriaLabel(getTranslation("restore.search.where"));
        scope.addClassName("search-scope");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(pattern);
        showResults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showResults.setVisible(false);
        minMb.setMin(0);
        maxMb.setMin(0);
        types.setItems(EnumSet.allOf(TypeGroup.class));
        types.setItemLabelGenerator(t -> t.label(getLocale()));
        var clear = new Button(getTranslation("restore.search.clearFilters"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var dates = new Div(from, to);
        var sizes = new Div(minMb, maxMb);
        dates.addClassName("search-filter-row");
        sizes.addClassName("search-filter-row");
        var body = new Div(dates, sizes, types, clear);
        body.addClassName("search-filters");
        popover.add(body);
        popover.setTarget(filters);
        popover.setModal(false);
        popover.setAriaLabel(getTranslation("restore.search.filtersLabel"));
        addClassName("search-form");
        add(pattern, scope, filters, search, showResults, popover);
    }

    /** @throws IllegalArgumentException with the sentence to show, when the form does not make a valid search */
    SearchQuery query(HubPath current, ZoneId zone) {
        HubPath within = BELOW.equals(scope.getValue()) && !current.isRoot() ? current : HubPath.root();
        return new SearchQuery(pattern.getValue(), within, start(from.getValue(), zone), end(to.getValue(), zone),
                bytes(minMb.getValue()), bytes(maxMb.getValue()), types.getValue());
    }

    /** How many filters are set, for the button's label. */
    int filterCount() {
        int n = (from.getValue() != null || to.getValue() != null) ? 1 : 0;
        n += (minMb.getValue() != null || maxMb.getValue() != null) ? 1 : 0;
        return n + (types.getValue().isEmpty() ? 0 : 1);
    }

    void refreshFilterLabel() {
        int n = filterCount();
        filters.setText(
                n == 0 ? getTranslation("restore.search.filters") : getTranslation("restore.search.filtersN", n));

    }

    private void clearFilters() {
        from.clear();
        to.clear();
        minMb.clear();
        maxMb.clear();
        types.clear();
        refreshFilterLabel();
    }

    private static @Nullable Instant start(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The whole last day counts: "to 30 November" includes files changed that evening. */
    private static @Nullable Instant end(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    private static @Nullable Long bytes(@Nullable Double mb) {
        return mb == null ? null : Math.round(mb * MB);
    }
}
