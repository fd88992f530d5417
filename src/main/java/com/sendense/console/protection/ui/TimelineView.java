package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubException;
import com.sendense.console.protection.PlannedRun;
import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.protection.RunCollision;
import com.sendense.console.protection.Timeline;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The next 24 hours of scheduled runs per repository, so an operator sees before the night that two
 * flows will start on one repository at once. The chart is a drawing; the table under it carries the
 * same runs for keyboards and screen readers.
 */
@Route("protection/timeline")
@Menu(order = 27, icon = "vaadin:calendar-clock", title = "Schedule timeline")
@RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
@StyleSheet("context://styles/timeline.css")
class TimelineView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);
    static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(15), DEFAULT_WINDOW, Duration.ofHours(1),
            Duration.ofHours(2));

    private final ProtectionCoverage coverage;
    final Select<Duration> window = new Select<>();
    final Paragraph intro = new Paragraph();
    final Div chart = new Div();
    final UnorderedList collisions = new UnorderedList();
    final Paragraph noCollisions = new Paragraph();
    final NativeTable table = new NativeTable();
    final Div emptyState = new Div();
    final Div content = new Div();

    TimelineView(ProtectionCoverage coverage) {
        this.coverage = coverage;
        window.setLabel(getTranslation("protection.timeline.window"));
        window.setItems(WINDOWS);
        window.setItemLabelGenerator(this::label);
        window.setValue(DEFAULT_WINDOW);
        window.addValueChangeListener(e -> load());
        var refresh = new Button(getTranslation("protection.refresh"), VaadinIcon.REFRESH.create(), e -> {
            coverage.invalidate();
            load();
        });
        chart.addClassName("timeline-chart");
        collisions.addClassName("timeline-collisions");
        table.addClassName("timeline-table");
        emptyState.addClassName("empty-state");
        content.addClassNames(Display.FLEX, "flex-col", Gap.MEDIUM);
        content.add(intro, chart, new H2(getTranslation("protection.timeline.collisions")), collisions, noCollisions,
                new H2(getTranslation("protection.timeline.runs")), table);
        setSizeFull();
        addClassNames("timeline", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        getStyle().set("overflow-y", "auto");
        add(new ViewToolbar(getTranslation("protection.timeline.title"), ViewToolbar.group(window, refresh)),
                emptyState, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("protection.timeline.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    void load() {
        Duration w = window.getValue() == null ? DEFAULT_WINDOW : window.getValue();
        Timeline t;
        try {
            t = coverage.timeline(w);
        } catch (HubException e) {
            showEmpty(new Paragraph(HubErrorMessages.explain(e)),
                    new Button(getTranslation("protection.tryAgain"), ev -> load()));
            return;
        }
        if (t.runs().isEmpty()) {
            showEmpty(new Paragraph(getTranslation("protection.timeline.none")),
                    new Anchor(ProtectionView.PATH, getTranslation("protection.timeline.openProtection")));
            return;
        }
        emptyState.setVisible(false);
        content.setVisible(true);
        intro.setText(getTranslation("protection.timeline.intro", t.from().format(TimelineChart.CLOCK),
                t.from().getZone().getId(), label(w)));
        chart.getElement().setProperty("innerHTML", TimelineChart.render(t, getLocale()));
        showCollisions(t, w);
        showTable(t);
    }

    private void showCollisions(Timeline t, Duration w) {
        collisions.removeAll();
        for (RunCollision c : t.collisions()) {
            var text = new Span(getTranslation(
                    c.apart().isZero() ? "protection.timeline.collisionSame" : "protection.timeline.collisionApart",
                    c.repositoryName(), c.first().flowName(), c.first().at().format(TimelineChart.CLOCK),
                    c.second().flowName(), c.second().at().format(TimelineChart.CLOCK), c.apart().toMinutes(),
                    label(w)));
            collisions.add(new ListItem(VaadinIcon.WARNING.create(), text));
        }
        collisions.setVisible(!t.collisions().isEmpty());
        noCollisions.setText(getTranslation("protection.timeline.noCollisions", label(w)));
        noCollisions.setVisible(t.collisions().isEmpty());
    }

    private void showTable(Timeline t) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(getTranslation("protection.timeline.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("time", "repository", "flow", "vms", "collision")) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation("protection.timeline.col." + h));
            cell.getElement().setAttribute("scope", "col");
        }
        for (PlannedRun run : t.runs()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(run.at().format(TimelineChart.CLOCK));
            row.addDataCell().setText(run.repositoryName());
            row.addDataCell().setText(run.flowName());
            row.addDataCell().setText(String.valueOf(run.vmCount()));
            row.addDataCell().setText(collidesWith(t, run));
        }
    }

    private String collidesWith(Timeline t, PlannedRun run) {
        return t.collisions()
                .stream()
                .filter(c -> c.first().equals(run) || c.second().equals(run))
                .map(c -> getTranslation("protection.timeline.with",
                        (c.first().equals(run) ? c.second() : c.first()).flowName()))
                .collect(Collectors.joining("; "));
    }

    private void showEmpty(com.vaadin.flow.component.Component... parts) {
        emptyState.removeAll();
        emptyState.add(parts);
        emptyState.setVisible(true);
        content.setVisible(false);
    }

    private String label(Duration d) {
        return d.toMinutes() < 60
                ? getTranslation("protection.timeline.minutes", d.toMinutes())
                : getTranslation("protection.timeline.hours", d.toHours());
    }
}
