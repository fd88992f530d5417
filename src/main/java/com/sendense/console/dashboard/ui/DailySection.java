package com.sendense.console.dashboard.ui;

import com.sendense.console.dashboard.DailyCount;
import com.sendense.console.dashboard.Dashboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Completed and failed backups per day as a chart; a bar opens those backups in the history (of the
 * chosen group, like the bars). The same figures are in a table that only screen readers see.
 */
class DailySection extends Section {

    final SvgChart chart = new SvgChart("daily-chart");
    final SimpleTable table = new SimpleTable(getTranslation("dashboard.daily.caption"), "sr-only",
            getTranslation("dashboard.daily.col.day"), getTranslation("dashboard.daily.completed"),
            getTranslation("dashboard.daily.failed"));

    DailySection() {
        chart.addLinkListener(link -> HistoryLinks.open(HistoryLinks.filter(link)));

        addClassNames("dash-section", "daily-section");
        var legend = new Div(legendItem(getTranslation("dashboard.daily.completed"), "legend-ok"),
                legendItem(DailyChart.FAILED_MARK + " " + getTranslation("dashboard.daily.failed"), "legend-failed"));
        legend.addClassName("chart-legend");
        var hint = new Span(getTranslation("dashboard.daily.hint"));
        hint.addClassNames("chart-hint", "no-print");
        legend.add(hint);
        add(new H2(getTranslation("dashboard.daily.title")), legend, chart, table);
    }

    void show(Dashboard d, Locale locale) {
        chart.setSvg(DailyChart.render(d.days(), d.query().group(), locale));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        table.clearRows();
        for (DailyCount c : d.days()) {
            table.row(day.format(c.day()), c.completed(), c.failed());
        }
    }

    private static Span legendItem(String text, String className) {
        var swatch = new Span();
        swatch.addClassNames("legend-swatch", className);
        var item = new Span(swatch, new Span(text));
        item.addClassName("legend-item");
        return item;
    }
}
