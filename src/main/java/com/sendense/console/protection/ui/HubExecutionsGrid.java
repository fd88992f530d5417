package com.sendense.console.protection.ui;

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
        addColumn(e -> Formatters.dateTime(started(e.execution()), zone, locale)).setHeader("Started")
                .setKey("started")
                .setAutoWidth(true);
        ClippedText.addColumn(this, e -> e.execution().triggeredBy().isBlank() ? "—" : e.execution().triggeredBy())
                .setHeader("Triggered by")
                .setKey("by")
                .setWidth("8rem");
        addColumn(e -> e.execution().status().name().toLowerCase(Locale.ROOT)).setHeader("Hub's status")
                .setKey("status")
                .setAutoWidth(true);
        addColumn(e -> e.execution().jobsCreated() + " created, " + e.execution().jobsCompleted() + " completed, "
                + e.execution().jobsFailed() + " failed").setHeader("Hub's counts").setKey("counts").setAutoWidth(true);
        ClippedText.addColumn(this, HubExecution::verdict)
                .setHeader("Console's verdict")
                .setKey("verdict")
                .setWidth("14rem")
                .setFlexGrow(2);
        ClippedText.addColumn(this, e -> e.execution().errorMessage() == null ? "" : e.execution().errorMessage())
                .setHeader("Hub's message")
                .setKey("error")
                .setWidth("10rem")
                .setFlexGrow(1);
        setEmptyStateText("The hub has no execution records of this flow: nothing called its execute.");
    }

    private static java.time.Instant started(FlowExecution e) {
        return e.startedAt() != null ? e.startedAt() : e.createdAt();
    }
}
