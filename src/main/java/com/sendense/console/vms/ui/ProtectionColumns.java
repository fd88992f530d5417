package com.sendense.console.vms.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.RelativeTime;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.protection.CoveringFlow;
import com.sendense.console.protection.VmCoverage;
import com.sendense.console.vms.VmProtection;
import com.sendense.console.vms.VmSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "Last good backup", "Protected by" and "Next backup", for the grid and the details drawer. Hover
 * titles carry the exact time and the reasons; the words in the cell stand alone for screen readers.
 */
final class ProtectionColumns {

    private ProtectionColumns() {}

    static void addTo(Grid<VmSummary> grid, Function<VmSummary, VmProtection> of, Clock clock, ZoneId zone,
            Supplier<Locale> locale) {
        grid.addComponentColumn(vm -> lastGood(of.apply(vm), clock.instant(), zone, locale.get()))
                .setHeader(Messages.get(locale.get(), "vms.col.lastGood"))
                .setKey("lastGood")
                .setComparator(Comparator.comparing(vm -> of.apply(vm).lastGoodBackup().orElse(Instant.EPOCH)))
                .setAutoWidth(true);
        // One column, the next backup under the flow: three columns did not fit 1440 px beside a long name.
        grid.addComponentColumn(vm -> protectedByAndNext(of.apply(vm), clock.instant(), locale.get()))
                .setHeader(Messages.get(locale.get(), "vms.col.protectedBy"))
                .setKey("protectedBy")
                .setComparator(Comparator.comparing(vm -> next(of.apply(vm)).orElse(Instant.MAX)))
                .setAutoWidth(true);
    }

    static Component lastGood(VmProtection p, Instant now, ZoneId zone, Locale locale) {
        if (p.lastGoodUnknown() != null) {
            return titled(Messages.get(locale, "vms.unknown"), Messages.get(locale, p.lastGoodUnknown()));
        }
        return p.lastGoodBackup()
                .map(t -> titled(RelativeTime.ago(t, now, locale), RelativeTime.full(t, zone, locale)))
                .orElseGet(() -> titled(Messages.get(locale, "vms.protection.never"),
                        Messages.get(locale, "vms.protection.neverTitle")));
    }

    static Component protectedBy(VmProtection p, Locale locale) {
        if (p.coverageUnknown() != null || p.coverage() == null) {
            return titled(Messages.get(locale, "vms.unknown"),
                    p.coverageUnknown() == null
                            ? Messages.get(locale, "vms.protection.notInCoverage")
                            : Messages.get(locale, p.coverageUnknown()));
        }
        VmCoverage c = p.coverage();
        if (c.notScheduled()) {
            var badge = new StatusBadge(Messages.get(locale, "vms.protection.notScheduled"), StatusBadge.Tone.WARNING);
            badge.getElement().insertChild(0, VaadinIcon.CALENDAR_CLOCK.create().getElement());
            badge.getElement().setAttribute("title", notScheduledWhy(c, locale));
            return badge;
        }
        CoveringFlow next = c.nextFlow().orElseThrow();
        long others = c.flows().stream().filter(CoveringFlow::runs).count() - 1;
        return ClippedText.span(others > 0 ? next.flowName() + " +" + others : next.flowName());
    }

    static Component protectedByAndNext(VmProtection p, Instant now, Locale locale) {
        var cell = new Div(protectedBy(p, locale));
        cell.addClassName("vm-protection");
        p.vmCoverage().flatMap(VmCoverage::nextRun).ifPresent(at -> {
            var next = new Span(Messages.get(locale, "vms.protection.nextBackup",
                    RelativeTime.until(at.toInstant(), now, locale), RelativeTime.clock(at, now, locale)));
            next.getElement().setAttribute("title", RelativeTime.full(at.toInstant(), at.getZone(), locale));
            next.addClassName("vm-next-backup");
            cell.add(next);
        });
        return cell;
    }

    static Component nextBackup(VmProtection p, Instant now, Locale locale) {
        if (p.coverage() == null) {
            return titled(Messages.get(locale, "vms.unknown"),
                    p.coverageUnknown() == null ? "" : Messages.get(locale, p.coverageUnknown()));
        }
        return p.coverage()
                .nextRun()
                .map(at -> titled(
                        Messages.get(locale, "vms.protection.nextAt", RelativeTime.until(at.toInstant(), now, locale),
                                RelativeTime.clock(at, now, locale)),
                        RelativeTime.full(at.toInstant(), at.getZone(), locale)))
                .orElseGet(() -> titled(Messages.get(locale, "vms.protection.none"),
                        Messages.get(locale, "vms.protection.noneTitle")));
    }

    /** "No enabled flow backs this VM up: flow Nightly is disabled." */
    static String notScheduledWhy(VmCoverage c, Locale locale) {
        String why = c.flows().isEmpty()
                ? Messages.get(locale, "vms.protection.noFlow")
                : c.ignored().stream().map(f -> ignored(f, locale)).collect(Collectors.joining("; "));
        return Messages.get(locale, "vms.protection.notScheduledWhy", why);
    }

    /** "flow Nightly (through group Web) is disabled". */
    static String ignored(CoveringFlow f, Locale locale) {
        String name = f.groupName() == null
                ? f.flowName()
                : Messages.get(locale, "vms.protection.flowThroughGroup", f.flowName(), f.groupName());
        return Messages.get(locale, "vms.protection.ignoredFlow", name, f.notRunning(locale));
    }

    private static java.util.Optional<Instant> next(VmProtection p) {
        return p.vmCoverage().flatMap(VmCoverage::nextRun).map(z -> z.toInstant());
    }

    private static Span titled(String text, String title) {
        var span = new Span(text);
        if (!title.isEmpty()) {
            span.getElement().setAttribute("title", title);
        }
        return span;
    }
}
