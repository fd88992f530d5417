package com.sendense.console.dashboard.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.DashboardQuery;
import com.sendense.console.dashboard.FailureEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What failed in the range and why, newest first; each failure opens that VM's failures of the day in the history. */
class FailuresSection extends Section {

    static final int SHOWN = 15;

    final SimpleTable table = new SimpleTable("Failed backups in the range, newest first", "failure-table", "Started",
            "VM", "Error", "");
    final Button all = new Button();
    private @Nullable Dashboard shown;

    FailuresSection() {
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        all.addClassName("no-print");
        all.addClickListener(e -> {
            if (shown != null) {
                HistoryLinks.open(HistoryLinks.failures(shown.query()));
            }
        });
        addClassNames("dash-section", "failures-section");
        add(new H2("Failed backups"), table, all);
    }

    void show(Dashboard d, Locale locale) {
        shown = d;
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        table.clearRows();
        List<FailureEntry> failures = d.failures();
        failures.stream()
                .limit(SHOWN)
                .forEach(f -> table.row(Formatters.dateTime(f.startedAt(), d.zone(), locale), f.vmName(),
                        f.message().isEmpty() ? "(no message from the hub)" : f.message(),
                        historyButton(f, d.query(), day)));
        if (failures.isEmpty()) {
            table.row("No backup failed in the range.", "", "", "");
        }
        all.setText("Show all " + failures.size() + " failed backups in the history");
        all.setVisible(failures.size() > SHOWN);
    }

    private static Button historyButton(FailureEntry f, DashboardQuery query, DateTimeFormatter day) {
        var button = new Button("History", e -> HistoryLinks.open(HistoryLinks.filter(f, query)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Failed backups of " + f.vmName() + " on " + day.format(f.day()) + " in the history");
        button.addClassName("no-print");
        return button;
    }
}
