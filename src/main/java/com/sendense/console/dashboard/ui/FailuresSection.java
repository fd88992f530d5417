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

    final SimpleTable table = new SimpleTable(getTranslation("dashboard.failures.caption"), "failure-table",
            getTranslation("dashboard.failures.col.started"), getTranslation("dashboard.failures.col.vm"),
            getTranslation("dashboard.failures.col.error"), "");
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
        add(new H2(getTranslation("dashboard.failures.title")), table, all);
    }

    void show(Dashboard d, Locale locale) {
        shown = d;
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        table.clearRows();
        List<FailureEntry> failures = d.failures();
        failures.stream()
                .limit(SHOWN)
                .forEach(f -> table.row(Formatters.dateTime(f.startedAt(), d.zone(), locale), f.vmName(),
                        f.message().isEmpty() ? getTranslation("dashboard.failures.noMessage") : f.message(),
                        historyButton(f, d.query(), day)));
        if (failures.isEmpty()) {
            table.row(getTranslation("dashboard.failures.none"), "", "", "");
        }
        all.setText(getTranslation("dashboard.failures.showAll", failures.size()));
        all.setVisible(failures.size() > SHOWN);
    }

    private Button historyButton(FailureEntry f, DashboardQuery query, DateTimeFormatter day) {
        var button = new Button(getTranslation("dashboard.failures.history"),
                e -> HistoryLinks.open(HistoryLinks.filter(f, query)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("dashboard.failures.historyLabel", f.vmName(), day.format(f.day())));
        button.addClassName("no-print");
        return button;
    }
}
