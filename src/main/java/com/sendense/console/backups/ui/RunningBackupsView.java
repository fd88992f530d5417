package com.sendense.console.backups.ui;

import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.CompactColumn;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.GridKeys;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubZone;
import com.sendense.console.live.JobBoard;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every backup the console follows, live: the running ones and those that ended in the last half
 * hour. Selecting one opens its progress; the job id goes into the URL, so a reload or a link
 * reopens the same progress.
 */
@Route(BackupsNavigation.RUNNING_PATH)
@Menu(order = 15, icon = "vaadin:progressbar", title = "Running backups")
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
class RunningBackupsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String JOB_PARAM = "job";

    final Grid<JobSnapshot> running = new Grid<>();
    final Grid<JobSnapshot> finished = new Grid<>();
    final Span summary = new Span();
    final Span outage = new Span();
    private final BackupActions actions;
    private final Clock clock;
    private final ZoneId zone;
    private Set<BackupId> lastActive = Set.of();

    RunningBackupsView(LiveUpdates live, BackupActions actions, HubZone hub, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.zone = hub.zone();

        // Create components
        var note = new Paragraph(getTranslation("backups.running.note"));
        note.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.Top.NONE);
        configure(running, true);
        configure(finished, false);
        running.setEmptyStateText(getTranslation("backups.running.none"));
        finished.setEmptyStateText(getTranslation("backups.running.noneEnded"));
        var finishedTitle = new H2(getTranslation("backups.running.ended"));
        finishedTitle.addClassNames(FontSize.MEDIUM, Margin.NONE);
        outage.setId("running-outage");
        outage.addClassName("history-warning");
        outage.setVisible(false);

        // Add listeners
        running.addItemClickListener(e -> open(e.getItem()));
        finished.addItemClickListener(e -> open(e.getItem()));
        GridKeys.chooseWithEnter(running, this::open);
        GridKeys.chooseWithEnter(finished, this::open);
        UiSubscriptions.whileAttached(this, ui -> live.subscribeJobs(UiSubscriptions.inUi(ui, this::show)));

        // Layout
        setSizeFull();
        addClassNames(Display.FLEX, "flex-col", Gap.SMALL, Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(new ViewToolbar(getTranslation("backups.running.title"), summary), note, outage, running, finishedTitle,
                finished);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.running.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A hand-edited "?job=" (empty) is no job; BackupId refuses blank ids.
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(JOB_PARAM)
                .filter(id -> !id.isBlank())
                .flatMap(id -> actions.openProgress(new BackupId(id)))
                .ifPresent(this::forgetJobOnClose);
    }

    void show(JobBoard board) {
        running.setItems(board.active());
        finished.setItems(board.finished());
        long stalled = board.active().stream().filter(JobSnapshot::stalled).count();
        long silent = board.active().stream().filter(j -> j.notReporting() && !j.stalled()).count();
        String counts = getTranslation("backups.running.count", board.activeCount())
                + (silent > 0 ? getTranslation("backups.running.countSilent", silent) : "")
                + (stalled > 0 ? getTranslation("backups.running.countStalled", stalled) : "");
        JobBoard.Outage o = board.outage();
        showOutage(o);
        summary.setText(o == null
                ? counts
                : o.lastRead() == null
                        ? getTranslation("backups.running.unknown")
                        : getTranslation("backups.running.whenLastRead", counts));
        getUI().ifPresent(ui -> board.finished()
                .stream()
                .filter(j -> lastActive.contains(j.id()))
                .forEach(j -> JobEndNotice.show(ui, j, clock.instant(), locale())));
        Set<BackupId> active = new HashSet<>();
        board.active().forEach(j -> active.add(j.id()));
        lastActive = active;
    }

    /** An empty list read from a failing hub is not "none runs": say what is known and since when. */
    private void showOutage(JobBoard.@Nullable Outage o) {
        outage.setVisible(o != null);
        if (o == null) {
            running.setEmptyStateText(getTranslation("backups.running.none"));
            return;
        }
        String lastSeen = o.lastRead() == null
                ? getTranslation("backups.running.outage.neverRead")
                : getTranslation("backups.running.outage.lastRead", Formatters.time(o.lastRead(), zone, locale()));
        outage.setText(getTranslation("backups.running.outage", Formatters.time(o.since(), zone, locale()), lastSeen));
        running.setEmptyStateText(o.lastRead() == null
                ? getTranslation("backups.running.outage.emptyNeverRead")
                : getTranslation("backups.running.outage.emptyLastRead"));
    }

    private void open(JobSnapshot job) {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location(BackupsNavigation.RUNNING_PATH,
                        QueryParameters.simple(Map.of(JOB_PARAM, job.id().value())))));
        forgetJobOnClose(actions.openProgress(job));
    }

    /** The address names a job only while its progress is open, so a reload does not reopen a closed one. */
    private void forgetJobOnClose(BackupProgressDialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, BackupsNavigation.RUNNING_PATH));
            }
        });
    }

    private void configure(Grid<JobSnapshot> grid, boolean live) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(!live);
        ClippedText.addColumn(grid, JobSnapshot::vmName)
                .setHeader(getTranslation("backups.column.vm"))
                .setKey("vm")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(j -> JobTexts.type(j.backup().type(), locale()))
                .setHeader(getTranslation("backups.column.type"))
                .setKey("type")
                .setAutoWidth(true);
        grid.addComponentColumn(j -> JobTexts.badge(j, locale()))
                .setHeader(getTranslation("backups.column.status"))
                .setKey("status")
                .setAutoWidth(true);
        if (live) {
            grid.addComponentColumn(this::progress)
                    .setHeader(getTranslation("backups.column.progress"))
                    .setKey("progress")
                    .setFlexGrow(2);
            grid.addColumn(j -> JobTexts.transferred(j, locale()))
                    .setHeader(getTranslation("backups.column.transferred"))
                    .setKey("transferred")
                    .setAutoWidth(true);
            grid.addColumn(j -> JobTexts.speed(j, locale()))
                    .setHeader(getTranslation("backups.column.speed"))
                    .setKey("speed")
                    .setAutoWidth(true);
            // "unknown: no progress report for 1 min 5 s" measured in full would push the grid past the window
            ClippedText.addColumn(grid, j -> JobTexts.eta(j, clock.instant(), locale()))
                    .setHeader(getTranslation("backups.column.timeLeft"))
                    .setKey("eta")
                    .setWidth("7rem")
                    .setFlexGrow(1);
        } else {
            ClippedText.addColumn(grid, j -> JobTexts.result(j, clock.instant(), locale()))
                    .setHeader(getTranslation("backups.column.result"))
                    .setKey("result")
                    .setFlexGrow(3);
        }
        grid.addColumn(j -> Formatters.dateTime(j.startedAt(), zone, locale()))
                .setHeader(getTranslation("backups.column.started"))
                .setKey("started")
                .setAutoWidth(true);
        // A phone shows one cell per backup, the VM's name whole on one line, status and progress under it.
        CompactColumn.add(grid, getTranslation("backups.column.vm"), new ComponentRenderer<>(j -> compactRow(j, live)),
                Set.of());
    }

    private Component compactRow(JobSnapshot job, boolean live) {
        var title = new Span(job.vmName());
        title.addClassName("compact-title");
        var details = new Div(new Span(JobTexts.type(job.backup().type(), locale())), JobTexts.badge(job, locale()));
        if (live) {
            details.add(new Span(JobTexts.transferred(job, locale())), new Span(JobTexts.speed(job, locale())),
                    new Span(JobTexts.eta(job, clock.instant(), locale())));
        } else {
            details.add(new Span(JobTexts.result(job, clock.instant(), locale())));
        }
        details.add(new Span(Formatters.dateTime(job.startedAt(), zone, locale())));
        details.addClassName("compact-details");
        var row = new Div(title, details);
        if (live) {
            row.add(progress(job));
        }
        row.addClassName("compact-row");
        return row;
    }

    private Component progress(JobSnapshot job) {
        var bar = new ProgressBar(0, 100, Math.clamp(job.backup().progressPercent(), 0, 100));
        bar.setIndeterminate(job.backup().totalBytes() <= 0 && !job.stalled());
        bar.getElement().setAttribute("aria-label", getTranslation("backups.running.barLabel", job.backup().vmName()));
        var text = new Span(JobTexts.percent(job, locale()));
        text.addClassNames(FontSize.XSMALL, TextColor.SECONDARY);
        var cell = new Div(bar, text);
        cell.addClassNames(Display.FLEX, "flex-col");
        return cell;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
