package com.sendense.console.dashboard.ui;

import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.DashboardCsv;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads of what the dashboard shows as CSV: VMs, days, failures, repositories and their
 * capacity samples over the range. The file is built from the dashboard on screen when the link is
 * followed, so it matches what the user sees.
 */
class CsvExport extends Div {

    final Anchor vms;
    final Anchor days;
    final Anchor failures;
    final Anchor repositories;
    final Anchor storageSamples;

    CsvExport(SerializableSupplier<Optional<Dashboard>> dashboard) {
        vms = link("vms", "vms", DashboardCsv::vms, dashboard);
        days = link("days", "days", DashboardCsv::days, dashboard);
        failures = link("failures", "failures", DashboardCsv::failures, dashboard);
        repositories = link("storage", "storage", DashboardCsv::repositories, dashboard);
        storageSamples = link("storageHistory", "storage-history", DashboardCsv::storageSamples, dashboard);
        var label = new Span(getTranslation("dashboard.csv.label"));
        label.addClassName("csv-label");
        addClassNames("csv-export", "no-print");
        add(label, vms, days, failures, repositories, storageSamples);
    }

    /** The file's language is the page's: headers and words in the CSV come from the same bundle. */
    private Anchor link(String key, String name, SerializableBiFunction<Dashboard, Locale, String> csv,
            SerializableSupplier<Optional<Dashboard>> dashboard) {
        DownloadHandler handler = event -> {
            Optional<Dashboard> d = dashboard.get();
            if (d.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] bytes = csv.apply(d.get(), getLocale()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(
                    "sendense-" + name + "-" + d.get().query().from() + "-to-" + d.get().query().to() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        var anchor = new Anchor(handler, getTranslation("dashboard.csv." + key));
        anchor.getElement().setAttribute("aria-label", getTranslation("dashboard.csv." + key + "Label"));
        anchor.addClassName("csv-link");
        return anchor;
    }
}
