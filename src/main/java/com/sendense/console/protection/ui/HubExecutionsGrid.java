package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.protection.HubExecution;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The hub's own execution records of a flow (made when another tool called its {@code execute}), with
 * the console's verdict beside the hub's status, which reports success when every start failed and can
 * stay "running" for ever.
 */
class HubExecutionsGrid extends Grid<HubExecution> {

    HubExecutionsGrid(ZoneId zone, Locale locale) {
        setId("flow-hub-executions");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(e -> Formatters.dateTime(started(e.execution()), zone, locale))
                .setHeader(getTranslation("protection.runs.col.started"))
                .setKey("started")
                .setAutoWidth(true);
        ClippedText.addColumn(this, e -> e.execution().triggeredBy().isBlank() ? "—" : e.execution().triggeredBy())
                .setHeader(getTranslation("protection.hubRuns.col.by"))
                .setKey("by")
                .setWidth("8rem");
        // i18n: not text (the hub's own status word, shown as the hub reports it)
        addColumn(e -> e.execution().status().name().toLowerCase(Locale.ROOT))
                .setHeader(getTranslation("protection.hubRuns.col.status"))
                .setKey("status")
                .setAutoWidth(true);
        addColumn(e -> getTranslation("protection.hubRuns.counts", e.execution().jobsCreated(),
                e.execution().jobsCompleted(), e.execution().jobsFailed()))
                .setHeader(getTranslation("protection.hubRuns.col.counts"))
                .setKey("counts")
                .setAutoWidth(true);
        ClippedText.addColumn(this, e -> Messages.get(locale, e.verdict()))
                .setHeader(getTranslation("protection.hubRuns.col.verdict"))
                .setKey("verdict")
                .setWidth("14rem")
                .setFlexGrow(2);
        ClippedText.addColumn(this, e -> e.execution().errorMessage() == null ? "" : e.execution().errorMessage())
                .setHeader(getTranslation("protection.hubRuns.col.message"))
                .setKey("error")
                .setWidth("10rem")
                .setFlexGrow(1);
        setEmptyStateText(getTranslation("protection.hubRuns.none"));
    }

    private static java.time.Instant started(FlowExecution e) {
        return e.startedAt() != null ? e.startedAt() : e.createdAt();
    }
}
