package com.sendense.console.dashboard.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.RepositoryStorage;
import com.sendense.console.dashboard.StorageForecast;
import com.sendense.console.hub.StorageInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Repository capacity now and over time with the estimated full date, and the fastest-growing VMs. */
class StorageSection extends Section {

    static final int VMS_SHOWN = 10;

    final Div repositories = new Div();
    final SimpleTable growth = new SimpleTable("Fastest-growing VMs: bytes written by listed completed backups",
            "growth-table", "VM", "Written in range", "Chain for the range", "Backups in chain");
    final Paragraph growthHint = new Paragraph(
            "What the hub says the listed completed backups wrote, not space on disk. "
                    + "Written in range: backups that started in the range. Chain for the range: those and the backups they build on, "
                    + "from the last full backup before the range, per repository.");

    StorageSection() {
        addClassNames("dash-section", "storage-section");
        repositories.addClassName("repo-cards");
        growthHint.addClassName("dash-hint");
        add(new H2("Storage"), repositories, new H2("Fastest-growing VMs"), growth, growthHint);
    }

    void show(Dashboard d, Locale locale) {
        repositories.removeAll();
        Instant start = d.query().from().atStartOfDay(d.zone()).toInstant();
        Instant end = d.query().to().plusDays(1).atStartOfDay(d.zone()).toInstant();
        d.repositories().forEach(r -> repositories.add(card(r, d, start, end, locale)));
        if (d.repositories().isEmpty()) {
            repositories.add(new Paragraph("No repository figures: the hub lists no repository or could not be read."));
        }
        growth.clearRows();
        d.storage()
                .stream()
                .limit(VMS_SHOWN)
                .forEach(vm -> growth.row(vm.vmName(), Formatters.bytes(vm.growthBytes(), locale),
                        Formatters.bytes(vm.rangeChainBytes(), locale), vm.rangeChainBackups()));
        if (d.storage().stream().allMatch(vm -> vm.rangeChainBackups() == 0)) {
            growth.clearRows();
            growth.row("No completed backups", "", "", "");
        }
    }

    private static Div card(RepositoryStorage r, Dashboard d, Instant start, Instant end, Locale locale) {
        var title = new H3(r.name());
        var type = new Span(switch (r.type()) {
            case LOCAL -> "Local";
            case OTHER -> "Other";
            default -> r.type().name();
        });
        type.addClassName("repo-type");
        var card = new Div(new Div(title, type));
        card.addClassName("repo-card");
        card.getElement().setAttribute("data-repository", r.id());
        if (r.current().isPresent()) {
            StorageInfo info = r.current().get();
            var bar = new SvgChart("capacity-bar");
            bar.setSvg(CapacityBar.render(r.name(), info, locale));
            var figures = new Paragraph(String.format(locale, "%s used · %s free · %s total · %.0f %% used",
                    Formatters.bytes(info.usedBytes(), locale), Formatters.bytes(info.availableBytes(), locale),
                    Formatters.bytes(info.totalBytes(), locale), info.usedPercent()));
            figures.addClassName("repo-figures");
            card.add(bar, figures);
        } else {
            card.add(new Paragraph("The hub cannot read this repository's storage now."));
        }
        var trend = new SvgChart("storage-chart");
        trend.setSvg(StorageChart.render(r, start, end, d.zone(), locale));
        var forecast = new Paragraph(forecast(r, d, locale));
        forecast.addClassName("repo-forecast");
        card.add(trend, forecast);
        return card;
    }

    static String forecast(RepositoryStorage r, Dashboard d, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(d.zone());
        return switch (r.forecast()) {
            case StorageForecast.FullOn f when !f.fullAt().isAfter(d.generatedAt()) ->
                "At the current trend this repository is full now.";
            case StorageForecast.FullOn f -> "Estimated full: %s (in %d days), growing %s a day.".formatted(
                    date.format(f.fullAt()), Duration.between(d.generatedAt(), f.fullAt()).toDays(),
                    Formatters.bytes(Math.round(f.bytesPerDay()), locale));
            case StorageForecast.NotGrowing n -> "Not growing: no full date to expect.";
            case StorageForecast.NotEnoughData n ->
                "Not enough samples for an estimate yet: the console records capacity regularly (hourly by default).";
        };
    }
}
