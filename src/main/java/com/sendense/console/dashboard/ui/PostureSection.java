package com.sendense.console.dashboard.ui;

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

    final SimpleTable table = new SimpleTable("Protection posture per VM, worst first", "posture-table", "VM", "Groups",
            "RPO", "Last good backup", "Age", "Status", "Last 30 days", "Last error");

    PostureSection() {
        addClassNames("dash-section", "posture-section");
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        add(new H2("Protection posture"), scroll);
    }

    void show(Dashboard d, Locale locale) {
        table.clearRows();
        for (VmPosture vm : d.vms()) {
            var strip = new SvgChart("day-strip");
            strip.setSvg(DayStrip.render(vm.vmName(), vm.strip(), locale));
            table.row(vm.vmName(), String.join(", ", vm.groups()), hours(vm.target()),
                    vm.lastGoodBackup().map(t -> Formatters.dateTime(t, d.zone(), locale)).orElse("never"),
                    vm.age() == null ? "–" : Formatters.duration(vm.age()), badge(vm.state()), strip,
                    lastError(vm.lastFailure(), !vm.failingNow(), d, locale))
                    .addClassName("state-" + vm.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (d.vms().isEmpty()) {
            table.row("No VMs" + (d.query().group() == null ? "" : " in group " + d.query().group()), "", "", "", "",
                    "", "", "");
        }
    }

    private static Span lastError(@Nullable FailureEntry failure, boolean resolved, Dashboard d, Locale locale) {
        if (failure == null) {
            return new Span();
        }
        String message = failure.message().isEmpty() ? "failed without a message" : failure.message();
        var span = new Span(Formatters.ago(failure.startedAt(), d.generatedAt()) + ": " + message);
        span.addClassName("last-error");
        if (resolved) {
            // A good backup since then: history, not a current problem.
            span.addClassName("resolved");
        }
        span.setTitle(Formatters.dateTime(failure.startedAt(), d.zone(), locale) + ": " + message);
        return span;
    }

    static StatusBadge badge(PostureState state) {
        return new StatusBadge(state.label(), switch (state) {
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
