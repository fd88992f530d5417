package com.sendense.console.vms.ui;

import com.sendense.console.base.i18n.Messages;

import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.vms.VmSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Labels and badges for VM attributes, shared by the grid and the details drawer. */
final class VmGrids {

    private VmGrids() {}

    static String powerLabel(@Nullable PowerState state, Locale locale) {
        return Messages.get(locale, switch (state) {
            case ON -> "vms.power.on";
            case OFF -> "vms.power.off";
            case SUSPENDED -> "vms.power.suspended";
            case UNKNOWN -> "vms.power.unknown";
            case null -> "vms.power.unknown";
        });
    }

    static StatusBadge powerBadge(@Nullable PowerState state, Locale locale) {
        StatusBadge.Tone tone = switch (state) {
            case ON -> StatusBadge.Tone.SUCCESS;
            case SUSPENDED -> StatusBadge.Tone.WARNING;
            case OFF -> StatusBadge.Tone.CONTRAST;
            case UNKNOWN -> StatusBadge.Tone.NEUTRAL;
            case null -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(powerLabel(state, locale), tone);
    }

    static String osLabel(@Nullable String osType, Locale locale) {
        if (osType == null || osType.isBlank()) {
            return Messages.get(locale, "vms.os.unknown");
        }
        return switch (osType.toLowerCase()) {
            case "windows" -> "Windows";
            case "linux" -> "Linux";
            default -> osType;
        };
    }

    static Component groupBadges(List<VmGroup> groups) {
        var div = new Div();
        div.addClassName("badge-row");
        groups.forEach(g -> {
            var badge = new StatusBadge(g.name(), StatusBadge.Tone.PRIMARY);
            badge.getElement().setAttribute("title", g.name()); // cut with an ellipsis when the column is narrow
            div.add(badge);
        });
        return div;
    }

    static boolean matches(VmSummary vm, String q, Locale locale) {
        VmContext c = vm.context();
        return c.vmName().toLowerCase(Locale.ROOT).contains(q)
                || VmGrids.osLabel(c.osType(), locale).toLowerCase(Locale.ROOT).contains(q)
                || c.datacenter().toLowerCase(Locale.ROOT).contains(q)
                || c.groups().stream().anyMatch(g -> g.name().toLowerCase(Locale.ROOT).contains(q));
    }

    static Component message(String text) {
        var span = new Span(text);
        span.addClassName("empty-state-text");
        return span;
    }
}
