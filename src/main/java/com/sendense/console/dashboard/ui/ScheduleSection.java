package com.sendense.console.dashboard.ui;

import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.dashboard.ScheduleCheck;
import com.sendense.console.dashboard.ScheduleFinding;
import com.sendense.console.protection.VmCoverage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VMs no enabled flow backs up, and the VMs whose flows run less often than their RPO target
 * allows, each with the fix in words. Flow pages are linked by route ({@code protection}) for the
 * roles that may manage flows.
 */
class ScheduleSection extends Section {

    final UnorderedList notScheduled = new UnorderedList();
    final Paragraph allScheduled = new Paragraph("Every VM is backed up by an enabled flow.");
    final UnorderedList findings = new UnorderedList();
    final Paragraph allMeetRpo = new Paragraph("Every scheduled VM's flows run often enough for its RPO target.");
    final Div dangling = new Div();
    final Paragraph error = new Paragraph();
    final Anchor createFlow = new Anchor("protection", "Create a flow on the Protection page");
    private final H2 notScheduledTitle = new H2("Not scheduled");
    private final boolean mayManageFlows;

    ScheduleSection(boolean mayManageFlows) {
        this.mayManageFlows = mayManageFlows;
        addClassNames("dash-section", "schedule-section");
        createFlow.setVisible(mayManageFlows);
        dangling.addClassName("dash-notes");
        error.addClassName("dash-hint");
        add(notScheduledTitle, notScheduled, allScheduled, createFlow, new H2("Schedules against RPO targets"),
                findings, allMeetRpo, dangling, error);
    }

    void show(ScheduleCheck check) {
        error.setVisible(false);
        List<VmCoverage> vms = check.notScheduled();
        notScheduledTitle.setText("Not scheduled (" + vms.size() + ")");
        notScheduled.removeAll();
        for (VmCoverage vm : vms) {
            var badge = new StatusBadge("Not scheduled", StatusBadge.Tone.WARNING);
            badge.getElement().insertChild(0, VaadinIcon.CALENDAR_CLOCK.create().getElement());
            var reason = new Span(vm.whyNotScheduled() + finding(check, vm).map(f -> ": " + f.fix() + ".").orElse("."));
            reason.addClassName("dash-hint");
            notScheduled.add(new ListItem(vmLink(vm.vmName()), badge, reason));
        }
        notScheduled.setVisible(!vms.isEmpty());
        allScheduled.setVisible(vms.isEmpty());
        createFlow.setVisible(mayManageFlows && !vms.isEmpty());

        List<ScheduleFinding> sparse = check.findings().stream().filter(f -> !f.notScheduled()).toList();
        findings.removeAll();
        for (ScheduleFinding f : sparse) {
            var badge = new StatusBadge("RPO missed by schedule", StatusBadge.Tone.ERROR);
            badge.getElement().insertChild(0, VaadinIcon.WARNING.create().getElement());
            findings.add(new ListItem(vmLink(f.vmName()), badge, new Span(f.text() + ".")));
        }
        findings.setVisible(!sparse.isEmpty());
        allMeetRpo.setVisible(sparse.isEmpty());
        dangling.removeAll();
        check.dangling().forEach(d -> dangling.add(new Paragraph(d)));
        dangling.setVisible(!check.dangling().isEmpty());
    }

    void showError(String message) {
        notScheduled.setVisible(false);
        allScheduled.setVisible(false);
        findings.setVisible(false);
        allMeetRpo.setVisible(false);
        dangling.setVisible(false);
        createFlow.setVisible(false);
        error.setText("Schedules could not be checked: " + message);
        error.setVisible(true);
    }

    private static Optional<ScheduleFinding> finding(ScheduleCheck check, VmCoverage vm) {
        return check.findings().stream().filter(f -> f.vm().equals(vm)).findFirst();
    }

    private static Anchor vmLink(String vmName) {
        var link = new Anchor("vms?" + QueryParameters.simple(Map.of("vm", vmName)).getQueryString(), vmName);
        link.addClassName("vm-name");
        return link;
    }
}
