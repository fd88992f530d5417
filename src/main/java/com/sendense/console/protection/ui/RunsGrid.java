package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.live.JobBoard;
import com.sendense.console.protection.ProtectionRun;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's own runs of a flow, newest first; each opens to its VMs. A running run and the newest
 * one are open from the start, so "Run now" shows its backups without another click.
 */
class RunsGrid extends Grid<ProtectionRun> {

    private final Map<Long, RunVmGrid> details = new HashMap<>();
    private final Locale locale;
    private JobBoard board = JobBoard.EMPTY;

    RunsGrid(ZoneId zone, Locale locale) {
        this.locale = locale;
        setId("flow-runs");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(r -> FlowTexts.trigger(r.trigger(), locale)).setHeader(getTranslation("protection.runs.col.trigger"))
                .setKey("trigger")
                .setAutoWidth(true);
        addColumn(r -> r.scheduledFor() == null ? "—" : Formatters.dateTime(r.scheduledFor(), zone, locale))
                .setHeader(getTranslation("protection.runs.col.scheduled"))
                .setKey("scheduled")
                .setAutoWidth(true);
        addColumn(r -> Formatters.dateTime(r.startedAt(), zone, locale))
                .setHeader(getTranslation("protection.runs.col.started"))
                .setKey("started")
                .setAutoWidth(true);
        addColumn(r -> r.endedAt() == null ? "—" : Formatters.dateTime(r.endedAt(), zone, locale))
                .setHeader(getTranslation("protection.runs.col.ended"))
                .setKey("ended")
                .setAutoWidth(true);
        addComponentColumn(r -> FlowTexts.badge(r.state(), locale))
                .setHeader(getTranslation("protection.runs.col.state"))
                .setKey("state")
                .setAutoWidth(true);
        addColumn(r -> FlowTexts.backups(r, locale)).setHeader(getTranslation("protection.runs.col.backups"))
                .setKey("backups")
                .setAutoWidth(true);
        ClippedText.addColumn(this, r -> r.message(locale))
                .setHeader(getTranslation("protection.runs.col.message"))
                .setKey("message")
                .setWidth("12rem")
                .setFlexGrow(1);
        setItemDetailsRenderer(new ComponentRenderer<>(r -> details.computeIfAbsent(r.id(), id -> vms(r))));
        setEmptyStateText(getTranslation("protection.runs.none"));
    }

    void show(List<ProtectionRun> runs) {
        details.clear();
        setItems(new ArrayList<>(runs));
        for (int i = 0; i < runs.size(); i++) {
            ProtectionRun r = runs.get(i);
            setDetailsVisible(r, i == 0 || !r.state().finished());
        }
    }

    /** New progress from the shared poller, shown in the open runs' VM rows. */
    void show(JobBoard board) {
        this.board = board;
        details.values().forEach(g -> g.show(board));
    }

    RunVmGrid vms(ProtectionRun run) {
        var grid = new RunVmGrid(run.vms(), board, locale);
        grid.setEmptyStateText(
                getTranslation(run.state().finished() ? "protection.runs.noVm" : "protection.runs.resolving"));
        return grid;
    }
}
