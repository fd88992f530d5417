package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The VMs no enabled flow backs up, and the VMs whose flows run less often than their RPO target
 * allows, each with the fix in words. Flow pages are linked by route ({@code protection}) for the
 * roles that may manage flows.
 */
class ScheduleSection extends Section {

    final UnorderedList notScheduled = new UnorderedList();
    final Paragraph allScheduled = new Paragraph(getTranslation("dashboard.schedules.allScheduled"));
    final UnorderedList findings = new UnorderedList();
    final Paragraph allMeetRpo = new Paragraph(getTranslation("dashboard.schedules.allMeetRpo"));
    final Div dangling = new Div();
    final Paragraph error = new Paragraph();
    private static final String PROTECTION_ROUTE = "protection";

    final Anchor createFlow = new Anchor(PROTECTION_ROUTE, getTranslation("dashboard.schedules.createFlow"));
    private final H2 notScheduledTitle = new H2(getTranslation("dashboard.schedules.notScheduledTitle"));
    private final boolean mayManageFlows;

    ScheduleSection(boolean mayManageFlows) {
        this.mayManageFlows = mayManageFlows;
        addClassNames("dash-section", "schedule-section");
        createFlow.setVisible(mayManageFlows);
        dangling.addClassName("dash-notes");
        error.addClassName("dash-hint");
        add(notScheduledTitle, notScheduled, allScheduled, createFlow,
                new H2(getTranslation("dashboard.schedules.title")), findings, allMeetRpo, dangling, error);
    }

    void show(ScheduleCheck check) {
        Locale locale = getLocale();
        error.setVisible(false);
        List<VmCoverage> vms = check.notScheduled();
        notScheduledTitle.setText(getTranslation("dashboard.schedules.notScheduledCount", vms.size()));
        notScheduled.removeAll();
        for (VmCoverage vm : vms) {
            var badge = new StatusBadge(getTranslation("dashboard.schedules.notScheduledBadge"),
                    StatusBadge.Tone.WARNING);
            badge.getElement().insertChild(0, VaadinIcon.CALENDAR_CLOCK.create().getElement());
            String why = whyNotScheduled(vm);
            var reason = new Span(finding(check, vm)
                    .map(f -> getTranslation("dashboard.schedules.reasonWithFix", why,
                            ScheduleFinding.translate(f.fix(), locale)))
                    .orElseGet(() -> getTranslation("dashboard.schedules.sentence", why)));
            reason.addClassName("dash-hint");
            notScheduled.add(new ListItem(vmLink(vm.vmName()), badge, reason));
        }
        notScheduled.setVisible(!vms.isEmpty());
        allScheduled.setVisible(vms.isEmpty());
        createFlow.setVisible(mayManageFlows && !vms.isEmpty());

        List<ScheduleFinding> sparse = check.findings().stream().filter(f -> !f.notScheduled()).toList();
        findings.removeAll();
        for (ScheduleFinding f : sparse) {
            var badge = new StatusBadge(getTranslation("dashboard.schedules.rpoMissed"), StatusBadge.Tone.ERROR);
            badge.getElement().insertChild(0, VaadinIcon.WARNING.create().getElement());
            findings.add(new ListItem(vmLink(f.vmName()), badge,
                    new Span(getTranslation("dashboard.schedules.sentence", f.text(locale)))));
        }
        findings.setVisible(!sparse.isEmpty());
        allMeetRpo.setVisible(sparse.isEmpty());
        dangling.removeAll();
        check.dangling().forEach(d -> dangling.add(new Paragraph(Messages.get(locale, d))));
        dangling.setVisible(!check.dangling().isEmpty());
    }

    void showError(String message) {
        notScheduled.setVisible(false);
        allScheduled.setVisible(false);
        findings.setVisible(false);
        allMeetRpo.setVisible(false);
        dangling.setVisible(false);
        createFlow.setVisible(false);
        error.setText(getTranslation("dashboard.schedules.error", message));
        error.setVisible(true);
    }

    /** Why no flow backs the VM up, e.g. "no flow targets it" or "flow Nightly is disabled". */
    private String whyNotScheduled(VmCoverage vm) {
        if (vm.flows().isEmpty()) {
            return getTranslation("dashboard.schedules.noFlow");
        }
        return vm.ignored()
                .stream()
                .map(f -> getTranslation("dashboard.schedules.ignoredFlow",
                        f.groupName() == null
                                ? f.flowName()
                                : getTranslation("dashboard.schedules.flowThroughGroup", f.flowName(), f.groupName()),
                        f.notRunning(getLocale())))
                .collect(Collectors.joining("; "));
    }

    private static Optional<ScheduleFinding> finding(ScheduleCheck check, VmCoverage vm) {
        return check.findings().stream().filter(f -> f.vm().equals(vm)).findFirst();
    }

    private static Anchor vmLink(String vmName) {
        String href = "vms?" + QueryParameters.simple(Map.of("vm", vmName)).getQueryString();
        var link = new Anchor(href, vmName);
        link.addClassName("vm-name");
        return link;
    }
}
