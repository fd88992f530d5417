package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.live.JobBoard;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.protection.ui.BulkConfirmDialog.Action;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One flow: its definition and actions, the console's runs with each VM's backup (live while they
 * run, from the shared poller), and the hub's own execution records judged by the console.
 */
@Route(ProtectionView.PATH + "/:" + ProtectionNavigation.FLOW_ID)
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
@StyleSheet("context://styles/protection.css")
class FlowView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int RUNS_SHOWN = 20;
    private static final int RUNS_REREAD_SECONDS = 3;

    private final Div header = new Div();
    final Button edit = new Button(getTranslation("protection.edit"), VaadinIcon.EDIT.create());
    final Button toggle = new Button();
    final Button delete = new Button(getTranslation("protection.delete"), VaadinIcon.TRASH.create());
    final Button runNow = new Button(getTranslation("protection.flows.runNow"), VaadinIcon.PLAY.create());
    final Paragraph problem = new Paragraph();
    final FlowDefinition definition;
    final RunsGrid runs;
    final HubExecutionsGrid hubRuns;
    private final Div content = new Div();
    private final ProtectionService service;
    private final HubZone zone;
    private final boolean mayChange;
    private final Clock clock;
    private String flowId = "";
    private @Nullable FlowOverview flow;
    private boolean running;

    FlowView(ProtectionService service, LiveUpdates live, CurrentUser user, HubZone zone, Clock clock) {
        this.service = service;
        this.zone = zone;
        this.clock = clock;
        this.mayChange = user.hasRole(Role.OPERATOR) || user.hasRole(Role.ADMIN);
        this.definition = new FlowDefinition(zone.zone(), clock, locale());
        this.runs = new RunsGrid(zone.zone(), locale());
        this.hubRuns = new HubExecutionsGrid(zone.zone(), locale());

        // Create components
        runNow.setId("flow-run-now");
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.setDisableOnClick(true);
        edit.setId("flow-edit");
        toggle.setId("flow-toggle");
        delete.setId("flow-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, toggle, delete, runNow)) {
            b.setEnabled(mayChange);
            if (!mayChange) {
                b.setTooltipText(getTranslation("protection.flows.readOnly"));
            }
        }
        problem.setId("flow-page-problem");
        problem.addClassNames("notice", "notice-warning");
        problem.setVisible(false);
        var runsTitle = new H2(getTranslation("protection.flow.runsTitle"));
        var hubTitle = new H2(getTranslation("protection.flow.hubTitle"));
        var hubNote = new Paragraph(getTranslation("protection.flow.hubNote"));
        hubNote.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.Top.NONE);
        for (H2 h : List.of(runsTitle, hubTitle)) {
            h.addClassNames(FontSize.MEDIUM, Margin.Bottom.NONE);
        }

        // Add listeners
        runNow.addClickListener(e -> runNow());
        edit.addClickListener(e -> edit());
        toggle.addClickListener(e -> toggle());
        delete.addClickListener(e -> new BulkConfirmDialog(Action.DELETE, 1, this::delete).open());
        UiSubscriptions.whileAttached(this, ui -> live.subscribeJobs(UiSubscriptions.inUi(ui, this::progress)));
        UiSubscriptions.whileAttached(this, ui -> live.subscribeTicks(UiSubscriptions.inUi(ui, this::tick)));

        // Layout
        setSizeFull();
        addClassNames(Display.FLEX, "flex-col", Gap.SMALL, Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        content.addClassNames(Display.FLEX, "flex-col", Gap.SMALL);
        content.add(definition, runsTitle, runs, hubTitle, hubNote, hubRuns);
        var back = new RouterLink(getTranslation("protection.flow.back"), ProtectionView.class);
        showTitle(getTranslation("protection.flow.title"));
        add(back, header, problem, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        flowId = ProtectionNavigation.flowId(event.getRouteParameters());
        load();
    }

    @Override
    public String getPageTitle() {
        return flow == null
                ? getTranslation("protection.flow.title")
                : getTranslation("protection.flow.named", flow.flow().name());
    }

    void load() {
        problem.setVisible(false);
        try {
            flow = service.flow(flowId);
            showTitle(flow.flow().name());
            toggle.setText(
                    getTranslation(flow.flow().enabled() ? "protection.bulk.disable" : "protection.bulk.enable"));
            toggle.setIcon((flow.flow().enabled() ? VaadinIcon.PAUSE : VaadinIcon.PLAY_CIRCLE_O).create());
            definition.show(flow);
            content.setVisible(true);
            loadRuns();
            hubRuns.setItems(service.hubExecutions(flowId));
        } catch (HubNotFoundException e) {
            gone();
        } catch (HubException e) {
            say(getTranslation(flow == null ? "protection.flow.unreadable" : "protection.flow.unreadableAgain",
                    HubErrorMessages.explain(e)));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void gone() {
        flow = null;
        showTitle(getTranslation("protection.flow.notFoundTitle"));
        content.setVisible(false);
        List.of(edit, toggle, delete, runNow).forEach(b -> b.setEnabled(false));
        say(getTranslation("protection.flow.notFound"));
    }

    private void loadRuns() {
        List<ProtectionRun> list = service.runs(flowId, RUNS_SHOWN);
        running = list.stream().anyMatch(r -> !r.state().finished());
        runs.show(list);
    }

    /** The shared poller's news: each running backup's progress, and the runs read again. */
    private void progress(JobBoard board) {
        refreshRuns();
        runs.show(board);
    }

    /**
     * The runs are also read again every few seconds of the ticker: a run ends in the console's database
     * when the tracker (on this or another instance) has seen its last backup end, which can be after the
     * poller's last news, as the poller falls silent once no backup is running.
     */
    private void tick(Instant now) {
        if (now.getEpochSecond() % RUNS_REREAD_SECONDS == 0) {
            refreshRuns();
        }
    }

    /**
     * Reads the runs again from the console's database (not the hub) while one goes on or once the next
     * due time has passed, so a scheduled run appears, and ends, by itself. When a new run has appeared,
     * the flow is read again for its next run.
     */
    private void refreshRuns() {
        FlowOverview shown = flow;
        if (shown == null) {
            return;
        }
        boolean due = shown.nextRun() != null && !clock.instant().isBefore(shown.nextRun().toInstant());
        if (running || due) {
            long before = runs.getGenericDataView().getItems().count();
            loadRuns();
            if (runs.getGenericDataView().getItems().count() != before) {
                reloadDefinition();
            }
        }
    }

    private void reloadDefinition() {
        try {
            flow = service.flow(flowId);
            definition.show(flow);
        } catch (HubException e) {
            // The definition stays as last read; the runs come from the console's own database.
        }
    }

    private void runNow() {
        if (flow != null) {
            FlowActions.runNow(service, flowId, flow.flow().name());
            loadRuns();
            runNow.setEnabled(mayChange);
        }
    }

    private void edit() {
        if (flow != null) {
            FlowDialog.edit(service, flow, zone.zone(), locale(), saved -> {
                Notifications.success(getTranslation("protection.flow.saved"));
                load();
            }).open();
        }
    }

    private void toggle() {
        if (flow == null) {
            return;
        }
        boolean enable = !flow.flow().enabled();
        try {
            FlowActions.report(enable ? Action.ENABLE : Action.DISABLE, service.setEnabled(List.of(flowId), enable));
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
        }
        load();
    }

    private void delete() {
        try {
            service.delete(flowId);
            Notifications.success(getTranslation("protection.flow.deleted"));
            ProtectionNavigation.showFlows();
        } catch (HubException e) {
            Notifications.error(getTranslation("protection.flow.notDeleted", HubErrorMessages.explain(e)));
        }
    }

    /** The toolbar's title is fixed once made, so a new one is made with the same buttons. */
    private void showTitle(String text) {
        header.removeAll();
        header.add(new ViewToolbar(text, ViewToolbar.group(edit, toggle, delete, runNow)));
    }

    private void say(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
