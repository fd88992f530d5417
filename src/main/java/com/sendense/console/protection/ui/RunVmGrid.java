package com.sendense.console.protection.ui;

import com.sendense.console.backups.ui.BackupsNavigation;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.hub.BackupType;
import com.sendense.console.live.JobBoard;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.protection.RunVm;
import com.sendense.console.protection.VmOutcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run's VMs: what was started for each, how it went, the hub's message for a failure, and the
 * backup it started, linked to its live progress while it runs and to the VM's history afterwards.
 * Progress comes from the shared poller's job board, never from a hub call of this page.
 */
class RunVmGrid extends Grid<RunVm> {

    private final Locale locale;
    private JobBoard board;

    RunVmGrid(List<RunVm> vms, JobBoard board, Locale locale) {
        this.board = board;
        this.locale = locale;
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        setAllRowsVisible(true);
        addClassName("run-vms");
        ClippedText.addColumn(this, RunVm::vmName)
                .setHeader(getTranslation("protection.runs.col.vm"))
                .setKey("vm")
                .setWidth("10rem")
                .setFlexGrow(1);
        addColumn(v -> v.type() == null
                ? "—"
                : getTranslation(v.type() == BackupType.FULL ? "protection.runs.full" : "protection.runs.incremental"))
                .setHeader(getTranslation("protection.runs.col.type"))
                .setKey("type")
                .setAutoWidth(true);
        addComponentColumn(this::outcome).setHeader(getTranslation("protection.runs.col.outcome"))
                .setKey("outcome")
                .setWidth("12rem")
                .setFlexGrow(1);
        ClippedText.addColumn(this, v -> v.message(locale))
                .setHeader(getTranslation("protection.runs.col.message"))
                .setKey("message")
                .setWidth("12rem")
                .setFlexGrow(2);
        addComponentColumn(this::backup).setHeader(getTranslation("protection.runs.col.backup"))
                .setKey("backup")
                .setWidth("12rem")
                .setFlexGrow(1);
        setItems(vms);
    }

    void show(JobBoard board) {
        this.board = board;
        getDataProvider().refreshAll();
    }

    private Component outcome(RunVm vm) {
        var cell = new Div(FlowTexts.badge(vm.outcome(), locale));
        cell.addClassNames(Display.FLEX, "flex-col");
        job(vm).filter(JobSnapshot::active).ifPresent(job -> {
            var bar = new ProgressBar(0, 100, Math.clamp(job.backup().progressPercent(), 0, 100));
            bar.setIndeterminate(job.backup().totalBytes() <= 0 && !job.stalled());
            bar.getElement()
                    .setAttribute("aria-label", getTranslation("protection.runs.barLabel", job.backup().vmName()));
            var percent = new Span(job.backup().totalBytes() > 0
                    ? Math.round(job.backup().progressPercent()) + " %"
                    : getTranslation("protection.runs.waitingProgress"));
            percent.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
            cell.add(bar, percent);
        });
        return cell;
    }

    private Component backup(RunVm vm) {
        if (vm.backupId() == null) {
            return new Span("—");
        }
        String id = vm.backupId().value();
        boolean running = vm.outcome() == VmOutcome.RUNNING || vm.outcome() == VmOutcome.STARTING
                || job(vm).filter(JobSnapshot::active).isPresent();
        if (running) {
            String text = getTranslation("protection.runs.progressOf", id);
            var link = new Anchor(
                    BackupsNavigation.RUNNING_PATH + "?job=" + URLEncoder.encode(id, StandardCharsets.UTF_8), text);
            // A backup id holds the VM's name, up to 120 characters: cut it, the whole id in the hover title.
            link.addClassNames("run-backup-progress", ClippedText.CLASS_NAME);
            link.getElement().setAttribute("title", text);
            return link;
        }
        var link = BackupsNavigation.historyLink(id, vm.vmName());
        link.addClassNames("run-backup-history", ClippedText.CLASS_NAME);
        link.getElement().setAttribute("title", getTranslation("protection.runs.historyOf", vm.vmName()));
        return link;
    }

    private Optional<JobSnapshot> job(RunVm vm) {
        if (vm.backupId() == null) {
            return Optional.empty();
        }
        return board.active()
                .stream()
                .filter(j -> j.id().equals(vm.backupId()))
                .findFirst()
                .or(() -> board.finished().stream().filter(j -> j.id().equals(vm.backupId())).findFirst());
    }
}
