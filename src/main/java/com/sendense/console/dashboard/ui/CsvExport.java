package com.sendense.console.dashboard.ui;

import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.DashboardCsv;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
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
        vms = link("VMs", "vms", DashboardCsv::vms, dashboard);
        days = link("Days", "days", DashboardCsv::days, dashboard);
        failures = link("Failures", "failures", DashboardCsv::failures, dashboard);
        repositories = link("Storage", "storage", DashboardCsv::repositories, dashboard);
        storageSamples = link("Storage history", "storage-history", DashboardCsv::storageSamples, dashboard);
        var label = new Span("CSV:");
        label.addClassName("csv-label");
        addClassNames("csv-export", "no-print");
        add(label, vms, days, failures, repositories, storageSamples);
    }

    private static Anchor link(String text, String name, SerializableFunction<Dashboard, String> csv,
            SerializableSupplier<Optional<Dashboard>> dashboard) {
        DownloadHandler handler = event -> {
            Optional<Dashboard> d = dashboard.get();
            if (d.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] bytes = csv.apply(d.get()).getBytes(StandardCharsets.UTF_8);
            event.setFileName(
                    "sendense-" + name + "-" + d.get().query().from() + "-to-" + d.get().query().to() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        var anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("aria-label", "Download " + text.toLowerCase() + " as CSV");
        anchor.addClassName("csv-link");
        return anchor;
    }
}
