package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.StatusBadge.Tone;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.RunState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The flows, one row each: what it backs up, where to, when, and how it went. "Run now" sits on the
 * row; a manager sees it disabled with the reason.
 */
class FlowGrid extends Grid<FlowOverview> {

    private final ZoneId zone;
    private final Clock clock;
    private final Locale locale;
    private final boolean mayChange;
    private final SerializableConsumer<FlowOverview> runNow;

    FlowGrid(ZoneId zone, Clock clock, Locale locale, boolean mayChange, SerializableConsumer<FlowOverview> runNow) {
        this.zone = zone;
        this.clock = clock;
        this.locale = locale;
        this.mayChange = mayChange;
        this.runNow = runNow;
        setId("flows");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(mayChange ? SelectionMode.MULTI : SelectionMode.NONE);
        addComponentColumn(this::name).setHeader(getTranslation("protection.flows.col.flow"))
                .setKey("name")
                .setWidth("7rem")
                .setFlexGrow(1)
                .setComparator(f -> f.flow().name().toLowerCase(Locale.ROOT));
        addComponentColumn(f -> FlowTexts.target(f.flow().targetType(), f.targetText(locale), locale))
                .setHeader(getTranslation("protection.flows.col.target"))
                .setKey("target")
                .setWidth("7rem")
                .setFlexGrow(1);
        ClippedText.addColumn(this, f -> f.repositoryName() == null ? "—" : f.repositoryName())
                .setHeader(getTranslation("protection.flows.col.repository"))
                .setKey("repository")
                .setWidth("5.5rem")
                .setFlexGrow(1);
        addComponentColumn(this::schedule).setHeader(getTranslation("protection.flows.col.schedule"))
                .setKey("schedule")
                .setWidth("7rem")
                .setFlexGrow(1);
        addComponentColumn(f -> f.flow().enabled()
                ? new StatusBadge(getTranslation("protection.flows.enabled"), Tone.SUCCESS)
                : new StatusBadge(getTranslation("protection.flows.disabled"), Tone.CONTRAST))
                .setHeader(getTranslation("protection.flows.col.enabled"))
                .setKey("enabled")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(this::lastRun).setHeader(getTranslation("protection.flows.col.lastRun"))
                .setKey("last")
                .setWidth("7rem")
                .setFlexGrow(1);
        ClippedText.addColumn(this, f -> FlowTexts.nextRun(f.nextRun(), clock.instant(), zone, locale))
                .setHeader(getTranslation("protection.flows.col.nextRun"))
                .setKey("next")
                .setWidth("6.5rem")
                .setFlexGrow(1);
        addColumn(f -> f.successRate() == null ? "—" : FlowTexts.successRate(f.successRate(), locale))
                .setHeader(getTranslation("protection.flows.col.success"))
                .setKey("rate")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Narrow enough for a 1,280-pixel laptop beside the menu; should a window still be narrower, Run now stays
        // in view at the end of the row.
        addComponentColumn(this::runButton).setHeader("")
                .setKey("run")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    private Component name(FlowOverview f) {
        var link = new RouterLink(FlowView.class, ProtectionNavigation.flowRoute(f.flow().id()));
        link.add(ClippedText.span(f.flow().name()));
        link.addClassName("flow-link");
        return link;
    }

    private Component schedule(FlowOverview f) {
        Span text = ClippedText.span(f.scheduleText(locale));
        if (!f.schedulable()) {
            text.addClassName(TextColor.ERROR);
            var icon = VaadinIcon.WARNING.create();
            icon.setSize("var(--lumo-icon-size-s)");
            icon.addClassName(TextColor.ERROR);
            var cell = new Span(icon, text);
            cell.addClassNames(Display.INLINE_FLEX, Gap.XSMALL);
            return cell;
        }
        return text;
    }

    private Component lastRun(FlowOverview f) {
        ProtectionRun run = f.lastRun();
        if (run == null) {
            var never = new Span(getTranslation("protection.flows.neverRun"));
            never.addClassName(TextColor.SECONDARY);
            return never;
        }
        var when = new Span(Formatters.ago(run.startedAt(), clock.instant(), locale));
        when.getElement().setAttribute("title", Formatters.dateTime(run.startedAt(), zone, locale));
        var top = new Div(FlowTexts.badge(run.state(), locale), when);
        top.addClassNames(Display.FLEX, Gap.XSMALL);
        // A skipped run started nothing: its reason says more than "0 backups started".
        var counts = ClippedText.span(run.state() == RunState.SKIPPED && run.message() != null
                ? run.message(locale)
                : FlowTexts.backups(run, locale));
        counts.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        var cell = new Div(top, counts);
        cell.addClassNames(Display.FLEX, "flex-col");
        return cell;
    }

    private Component runButton(FlowOverview f) {
        var run = new Button(VaadinIcon.PLAY.create());
        run.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        run.setAriaLabel(getTranslation("protection.flows.runNamedNow", f.flow().name()));
        run.setTooltipText(getTranslation("protection.flows.runNow"));
        run.getElement().setAttribute("data-flow", f.flow().id());
        run.addClassName("flow-run-now");
        if (!mayChange) {
            run.setEnabled(false);
            run.setTooltipText(getTranslation("protection.flows.runReadOnly"));
        } else {
            run.setDisableOnClick(true);
            run.addClickListener(e -> runNow.accept(f));
        }
        return run;
    }
}
