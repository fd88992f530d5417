package com.sendense.console.dashboard.ui;

import com.sendense.console.base.i18n.Messages;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.FailureEntry;
import com.sendense.console.dashboard.PostureState;
import com.sendense.console.dashboard.VmPosture;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Every VM against its RPO target, worst first: last good backup, age, 30-day strip and last error. */
class PostureSection extends Section {

    final SimpleTable table = new SimpleTable(getTranslation("dashboard.posture.caption"), "posture-table",
            getTranslation("dashboard.posture.col.vm"), getTranslation("dashboard.posture.col.groups"),
            getTranslation("dashboard.posture.col.rpo"), getTranslation("dashboard.posture.col.lastGood"),
            getTranslation("dashboard.posture.col.age"), getTranslation("dashboard.posture.col.status"),
            getTranslation("dashboard.posture.col.last30"), getTranslation("dashboard.posture.col.lastError"));

    PostureSection() {
        addClassNames("dash-section", "posture-section");
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        // A region that scrolls must be reachable from the keyboard, and say what it holds.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("dashboard.posture.title"));
        add(new H2(getTranslation("dashboard.posture.title")), scroll);
    }

    void show(Dashboard d, Locale locale) {
        table.clearRows();
        for (VmPosture vm : d.vms()) {
            var strip = new SvgChart("day-strip");
            strip.setSvg(DayStrip.render(vm.vmName(), vm.strip(), locale));
            table.row(vm.vmName(), String.join(", ", vm.groups()), hours(vm.target()),
                    vm.lastGoodBackup()
                            .map(t -> Formatters.dateTime(t, d.zone(), locale))
                            .orElse(getTranslation("dashboard.posture.never")),
                    vm.age() == null ? "–" : Formatters.duration(vm.age(), locale), badge(vm.state(), locale), strip,
                    lastError(vm.lastFailure(), !vm.failingNow(), d, locale))
                    .addClassName("state-" + vm.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (d.vms().isEmpty()) {
            table.row(
                    d.query().group() == null
                            ? getTranslation("dashboard.posture.noVms")
                            : getTranslation("dashboard.posture.noVmsInGroup", d.query().group()),
                    "", "", "", "", "", "", "");
        }
    }

    private static Span lastError(@Nullable FailureEntry failure, boolean resolved, Dashboard d, Locale locale) {
        if (failure == null) {
            return new Span();
        }
        String message = failure.message().isEmpty()
                ? Messages.get(locale, "dashboard.posture.noMessage")
                : failure.message();
        var span = new Span(Messages.get(locale, "dashboard.posture.error",
                Formatters.ago(failure.startedAt(), d.generatedAt(), locale), message));
        span.addClassName("last-error");
        if (resolved) {
            // A good backup since then: history, not a current problem.
            span.addClassName("resolved");
        }
        span.setTitle(Messages.get(locale, "dashboard.posture.error",
                Formatters.dateTime(failure.startedAt(), d.zone(), locale), message));
        return span;
    }

    static StatusBadge badge(PostureState state, Locale locale) {
        return new StatusBadge(Messages.get(locale, state.label()), switch (state) {
            case WITHIN -> StatusBadge.Tone.SUCCESS;
            case AT_RISK -> StatusBadge.Tone.WARNING;
            case OVERDUE, UNPROTECTED -> StatusBadge.Tone.ERROR;
            case HIDDEN -> StatusBadge.Tone.CONTRAST;
        });
    }

    static String hours(Duration target) {
        long h = target.toHours();
        return h % 24 == 0 && h >= 48 ? (h / 24) + " d" : h + " h";
    }
}
