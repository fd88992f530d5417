package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.DashboardQuery;
import com.sendense.console.dashboard.DashboardService;
import com.sendense.console.dashboard.ScheduleCheckService;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubException;
import com.sendense.console.live.HubStatus;
import com.sendense.console.live.JobBoard;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The start page: is every VM protected, how old is each VM's last good backup against its RPO
 * target, what failed and why, and when storage runs out. Range and group live in the URL.
 *
 * <p>It loads synchronously when entered, and again from the application-wide poller's events when a
 * backup the console follows finishes (it changes posture and counts) and when the hub comes back
 * after an outage; it has no timer of its own.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
@StyleSheet("context://styles/dashboard.css")
class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM_PARAM = "from";
    static final String TO_PARAM = "to";
    static final String GROUP_PARAM = "group";

    private final DashboardService service;
    private final ScheduleCheckService schedulesCheck;
    final DashboardFilters filters = new DashboardFilters(this::queryChanged);
    final Button refresh = new Button(getTranslation("dashboard.refresh"), VaadinIcon.REFRESH.create());
    final Button print = new Button(getTranslation("dashboard.print"), VaadinIcon.PRINT.create());
    final CsvExport export = new CsvExport(this::current);
    final Span printCaption = new Span();
    final Div notes = new Div();
    final Div errorState = new Div();
    final Div content = new Div();
    final HeadlineCards cards = new HeadlineCards();
    final DailySection daily = new DailySection();
    final UnprotectedBox unprotected = new UnprotectedBox();
    final PostureSection posture = new PostureSection();
    final FailuresSection failures = new FailuresSection();
    final StorageSection storage = new StorageSection();
    final ScheduleSection schedules;
    private DashboardQuery query;
    private volatile @Nullable Dashboard current;
    private HubStatus.@Nullable State hubState;
    private @Nullable Set<BackupId> finishedJobs;

    DashboardView(DashboardService service, LiveUpdates live, ScheduleCheckService schedulesCheck,
            CurrentUser currentUser) {
        this.service = service;
        this.schedulesCheck = schedulesCheck;
        this.schedules = new ScheduleSection(currentUser.hasRole(Role.OPERATOR) || currentUser.hasRole(Role.ADMIN));
        this.query = DashboardQuery.lastDays(service.today());

        // Create components
        notes.addClassName("dash-notes");
        errorState.addClassName("empty-state");
        printCaption.addClassName("print-only");

        // Add listeners
        refresh.addClickListener(e -> load());
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        UiSubscriptions.whileAttached(this,
                ui -> live.subscribeHubStatus(UiSubscriptions.inUi(ui, this::hubStatusChanged)));
        UiSubscriptions.whileAttached(this, ui -> live.subscribeJobs(UiSubscriptions.inUi(ui, this::jobsChanged)));

        // Layout
        var overview = new Div(daily, unprotected);
        overview.addClassName("dash-overview");
        content.addClassName("dash-content");
        content.add(notes, cards, overview, schedules, posture, failures, storage);
        addClassName("dashboard");
        add(new ViewToolbar(getTranslation("dashboard.title"), ViewToolbar.group(filters),
                ViewToolbar.group(refresh, export, print)), printCaption, errorState, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = fromUrl(event.getLocation().getQueryParameters(), service.today());
        load();
    }

    private void queryChanged(DashboardQuery changed) {
        query = changed;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("", toUrl(changed))));
        load();
    }

    /** Reloads when the hub comes back, not on the status the subscription starts with. */
    private void hubStatusChanged(HubStatus status) {
        HubStatus.State previous = hubState;
        hubState = status.state();
        if (previous == HubStatus.State.DOWN && status.state() == HubStatus.State.UP) {
            load();
        }
    }

    /** Reloads when a followed backup has finished since the last board, not on progress or the first board. */
    private void jobsChanged(JobBoard board) {
        Set<BackupId> finished = board.finished().stream().map(JobSnapshot::id).collect(Collectors.toSet());
        Set<BackupId> before = finishedJobs;
        finishedJobs = finished;
        if (before != null && !before.containsAll(finished)) {
            load();
        }
    }

    void load() {
        Locale locale = locale();
        try {
            Dashboard d = service.load(query);
            current = d;
            filters.show(query, d.groups());
            notes.removeAll();
            d.notes().forEach(n -> notes.add(new Paragraph(Messages.get(locale, n))));
            notes.setVisible(!d.notes().isEmpty());
            cards.show(d, locale);
            daily.show(d, locale);
            unprotected.show(d, locale);
            posture.show(d, locale);
            failures.show(d, locale);
            storage.show(d, locale);
            showSchedules();
            printCaption.setText(PrintCaption.text(d, locale));
            errorState.setVisible(false);
            content.setVisible(true);
        } catch (HubException e) {
            current = null;
            filters.show(query, List.of());
            errorState.removeAll();
            errorState.add(new Paragraph(HubErrorMessages.explain(e, locale)),
                    new Button(getTranslation("dashboard.tryAgain"), ev -> load()));
            errorState.setVisible(true);
            content.setVisible(false);
        }
        export.setEnabled(current != null);
    }

    private void showSchedules() {
        try {
            schedules.show(schedulesCheck.check(query.group()));
        } catch (HubException e) {
            schedules.showError(HubErrorMessages.explain(e, locale()));
        }
    }

    Optional<Dashboard> current() {
        return Optional.ofNullable(current);
    }

    static DashboardQuery fromUrl(QueryParameters params, LocalDate today) {
        DashboardQuery defaults = DashboardQuery.lastDays(today);
        LocalDate from = date(params, FROM_PARAM).orElse(defaults.from());
        LocalDate to = date(params, TO_PARAM).orElse(defaults.to());
        String group = params.getSingleParameter(GROUP_PARAM).orElse(null);
        try {
            return new DashboardQuery(from, to, group);
        } catch (IllegalArgumentException e) {
            // A hand-edited URL with a reversed or overlong range: show the default range instead of failing.
            return defaults.withGroup(group);
        }
    }

    static QueryParameters toUrl(DashboardQuery q) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(FROM_PARAM, q.from().toString());
        params.put(TO_PARAM, q.to().toString());
        if (q.group() != null) {
            params.put(GROUP_PARAM, q.group());
        }
        return QueryParameters.simple(params);
    }

    private static Optional<LocalDate> date(QueryParameters params, String name) {
        try {
            return params.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    private Locale locale() {
        return getLocale() == null ? Languages.DEFAULT : getLocale();
    }
}
