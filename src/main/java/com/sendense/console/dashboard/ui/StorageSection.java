package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

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
    final SimpleTable growth = new SimpleTable(getTranslation("dashboard.storage.growthCaption"), "growth-table",
            getTranslation("dashboard.storage.col.vm"), getTranslation("dashboard.storage.col.written"),
            getTranslation("dashboard.storage.col.chain"), getTranslation("dashboard.storage.col.backups"));
    final Paragraph growthHint = new Paragraph(getTranslation("dashboard.storage.growthHint"));

    StorageSection() {
        addClassNames("dash-section", "storage-section");
        repositories.addClassName("repo-cards");
        growthHint.addClassName("dash-hint");
        add(new H2(getTranslation("dashboard.storage.title")), repositories,
                new H2(getTranslation("dashboard.storage.growthTitle")), growth, growthHint);
    }

    void show(Dashboard d, Locale locale) {
        repositories.removeAll();
        Instant start = d.query().from().atStartOfDay(d.zone()).toInstant();
        Instant end = d.query().to().plusDays(1).atStartOfDay(d.zone()).toInstant();
        d.repositories().forEach(r -> repositories.add(card(r, d, start, end, locale)));
        if (d.repositories().isEmpty()) {
            repositories.add(new Paragraph(getTranslation("dashboard.storage.noRepositories")));
        }
        growth.clearRows();
        d.storage()
                .stream()
                .limit(VMS_SHOWN)
                .forEach(vm -> growth.row(vm.vmName(), Formatters.bytes(vm.growthBytes(), locale),
                        Formatters.bytes(vm.rangeChainBytes(), locale), vm.rangeChainBackups()));
        if (d.storage().stream().allMatch(vm -> vm.rangeChainBackups() == 0)) {
            growth.clearRows();
            growth.row(getTranslation("dashboard.storage.noBackups"), "", "", "");
        }
    }

    private static Div card(RepositoryStorage r, Dashboard d, Instant start, Instant end, Locale locale) {
        var title = new H3(r.name());
        var type = new Span(switch (r.type()) {
            case LOCAL -> Messages.get(locale, "dashboard.storage.typeLocal");
            case OTHER -> Messages.get(locale, "dashboard.storage.typeOther");
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
            var figures = new Paragraph(Messages.get(locale, "dashboard.storage.figures",
                    Formatters.bytes(info.usedBytes(), locale), Formatters.bytes(info.availableBytes(), locale),
                    Formatters.bytes(info.totalBytes(), locale), String.format(locale, "%.0f", info.usedPercent())));
            figures.addClassName("repo-figures");
            card.add(bar, figures);
        } else {
            card.add(new Paragraph(Messages.get(locale, "dashboard.storage.unreadable")));
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
                Messages.get(locale, "dashboard.storage.fullNow");
            case StorageForecast.FullOn f -> Messages.get(locale, "dashboard.storage.fullOn", date.format(f.fullAt()),
                    Duration.between(d.generatedAt(), f.fullAt()).toDays(),
                    Formatters.bytes(Math.round(f.bytesPerDay()), locale));
            case StorageForecast.NotGrowing n -> Messages.get(locale, "dashboard.storage.notGrowing");
            case StorageForecast.NotEnoughData n -> Messages.get(locale, "dashboard.storage.notEnoughData");
        };
    }
}
