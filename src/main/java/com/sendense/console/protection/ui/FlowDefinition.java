package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.protection.FlowOverview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/** What a flow is: its target, repository, schedule in words, next run and enabled state, as label–value rows. */
class FlowDefinition extends Div {

    private final ZoneId zone;
    private final Clock clock;
    private final Locale locale;

    FlowDefinition(ZoneId zone, Clock clock, Locale locale) {
        this.zone = zone;
        this.clock = clock;
        this.locale = locale;
        setId("flow-definition");
        addClassName("flow-definition");
    }

    void show(FlowOverview f) {
        removeAll();
        if (f.flow().description() != null && !f.flow().description().isBlank()) {
            row("protection.flow.description", ClippedText.span(f.flow().description()));
        }
        row("protection.flow.backsUp", FlowTexts.target(f.flow().targetType(), f.targetText(locale), locale));
        if (f.flow().targetType() == com.sendense.console.hub.FlowTargetType.GROUP) {
            row("protection.flow.vmsNow", new Span(getTranslation("protection.flow.vmCount", f.vmCount())));
        }
        row("protection.flow.repository", ClippedText.span(
                f.repositoryName() == null ? getTranslation("protection.flow.repositoryUnknown") : f.repositoryName()));
        var schedule = new Span(f.scheduleText(locale));
        if (!f.schedulable()) {
            schedule.addClassName(TextColor.ERROR);
        }
        schedule.setId("flow-schedule-text");
        row("protection.flow.schedule", schedule);
        var next = new Span(f.nextRun() != null
                ? getTranslation("protection.flow.nextRunHubTime",
                        FlowTexts.nextRun(f.nextRun(), clock.instant(), zone, locale), zone.getId())
                : getTranslation(
                        !f.flow().enabled() ? "protection.flow.noNextDisabled" : "protection.flow.noNextSchedule"));
        next.setId("flow-next-run");
        row("protection.flow.nextRun", next);
        row("protection.flow.enabled",
                new Span(getTranslation(f.flow().enabled() ? "protection.yes" : "protection.no")));
        row("protection.flow.success", new Span(FlowTexts.successRate(f.successRate(), locale)));
        String created = Formatters.dateTime(f.flow().createdAt(), zone, locale);
        row("protection.flow.created",
                new Span(f.flow().createdBy().isBlank()
                        ? created
                        : getTranslation("protection.flow.createdBy", created, f.flow().createdBy())));
    }

    private void row(String labelKey, Component value) {
        var term = new Span(getTranslation(labelKey));
        term.addClassNames("flow-definition-label", TextColor.SECONDARY);
        var row = new Div(term, value);
        row.addClassName("flow-definition-row");
        add(row);
    }
}
