package com.sendense.console.dashboard.ui;

import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.PostureSummary;
import com.sendense.console.dashboard.RepositoryStorage;
import com.sendense.console.dashboard.StorageForecast;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures a manager reads first: share meeting the RPO target (at risk included: their last good
 * backup is still within it), problems, failures, and the next repository to fill up.
 */
class HeadlineCards extends Div {

    final Span withinRpo = new Span();
    final Span atRisk = new Span();
    final Span overdue = new Span();
    final Span unprotected = new Span();
    final Span failed = new Span();
    final Span nextFull = new Span();

    private final Span withinDetail = new Span();
    private final Span failedDetail = new Span();
    private final Span nextFullDetail = new Span();

    HeadlineCards() {
        addClassName("dash-cards");
        Div storage = card(getTranslation("dashboard.cards.storage"), nextFull, nextFullDetail, "neutral");
        storage.addClassName("dash-card-date");
        add(card(getTranslation("dashboard.cards.within"), withinRpo, withinDetail, "ok"),
                card(getTranslation("dashboard.cards.atRisk"), atRisk,
                        new Span(getTranslation("dashboard.cards.atRiskDetail")), "warn"),
                card(getTranslation("dashboard.cards.overdue"), overdue,
                        new Span(getTranslation("dashboard.cards.overdueDetail")), "bad"),
                card(getTranslation("dashboard.cards.unprotected"), unprotected,
                        new Span(getTranslation("dashboard.cards.unprotectedDetail")), "bad"),
                card(getTranslation("dashboard.cards.failed"), failed, failedDetail, "bad"), storage);
    }

    void show(Dashboard d, Locale locale) {
        PostureSummary s = d.summary();
        withinRpo.setText(s.counted() == 0 ? "–" : String.format(locale, "%.0f %%", s.meetingTargetPercent()));
        withinDetail.setText(s.hidden() > 0
                ? getTranslation("dashboard.cards.withinDetailHidden", s.meetingTarget(), s.counted(), s.hidden())
                : getTranslation("dashboard.cards.withinDetail", s.meetingTarget(), s.counted()));
        atRisk.setText(String.valueOf(s.atRisk()));
        overdue.setText(String.valueOf(s.overdue()));
        unprotected.setText(String.valueOf(s.unprotected()));
        failed.setText(String.valueOf(d.failedInRange()));
        failedDetail.setText(getTranslation("dashboard.cards.failedDetail", d.failedInRange() + d.completedInRange(),
                d.query().days()));
        Optional<RepositoryStorage> first = d.repositories()
                .stream()
                .filter(r -> r.forecast() instanceof StorageForecast.FullOn)
                .min(Comparator.comparing(r -> ((StorageForecast.FullOn) r.forecast()).fullAt()));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(d.zone());
        if (first.isPresent()) {
            Instant full = ((StorageForecast.FullOn) first.get().forecast()).fullAt();
            nextFull.setText(date.format(full));
            nextFullDetail.setText(getTranslation("dashboard.cards.fullAt", first.get().name()));
        } else {
            nextFull.setText(d.repositories().isEmpty() ? "–" : getTranslation("dashboard.cards.notFilling"));
            nextFullDetail.setText(getTranslation(
                    d.repositories().isEmpty() ? "dashboard.cards.noFigures" : "dashboard.cards.noneGrowing"));
        }
    }

    private static Div card(String title, Span value, Span detail, String tone) {
        var heading = new Span(title);
        heading.addClassName("dash-card-title");
        value.addClassName("dash-card-value");
        detail.addClassName("dash-card-detail");
        var card = new Div(heading, value, detail);
        card.addClassNames("dash-card", "dash-card-" + tone);
        return card;
    }
}
