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
            row("Description", ClippedText.span(f.flow().description()));
        }
        row("Backs up", FlowTexts.target(f.flow().targetType(), f.targetName()));
        if (f.flow().targetType() == com.sendense.console.hub.FlowTargetType.GROUP) {
            row("VMs now", new Span(f.vmCount() == 1 ? "1 VM" : f.vmCount() + " VMs"));
        }
        row("Repository", ClippedText.span(f.repositoryName() == null ? "not known to the hub" : f.repositoryName()));
        var schedule = new Span(f.scheduleText());
        if (!f.schedulable()) {
            schedule.addClassName(TextColor.ERROR);
        }
        schedule.setId("flow-schedule-text");
        row("Schedule", schedule);
        var next = new Span(f.nextRun() != null
                ? FlowTexts.nextRun(f.nextRun(), clock.instant(), zone, locale) + ", hub time (" + zone.getId() + ")"
                : !f.flow().enabled() ? "none: the flow is disabled" : "none: its schedule cannot run");
        next.setId("flow-next-run");
        row("Next run", next);
        row("Enabled", new Span(f.flow().enabled() ? "yes" : "no"));
        row("Success (30 days)", new Span(FlowTexts.successRate(f.successRate(), locale)));
        row("Created", new Span(Formatters.dateTime(f.flow().createdAt(), zone, locale)
                + (f.flow().createdBy().isBlank() ? "" : " by " + f.flow().createdBy())));
    }

    private void row(String label, Component value) {
        var term = new Span(label);
        term.addClassNames("flow-definition-label", TextColor.SECONDARY);
        var row = new Div(term, value);
        row.addClassName("flow-definition-row");
        add(row);
    }
}
