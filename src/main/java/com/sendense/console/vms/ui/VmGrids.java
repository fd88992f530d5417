package com.sendense.console.vms.ui;

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

    static String powerLabel(@Nullable PowerState state) {
        return switch (state) {
            case ON -> "Powered on";
            case OFF -> "Powered off";
            case SUSPENDED -> "Suspended";
            case UNKNOWN -> "Unknown";
            case null -> "Unknown";
        };
    }

    static StatusBadge powerBadge(@Nullable PowerState state) {
        StatusBadge.Tone tone = switch (state) {
            case ON -> StatusBadge.Tone.SUCCESS;
            case SUSPENDED -> StatusBadge.Tone.WARNING;
            case OFF -> StatusBadge.Tone.CONTRAST;
            case UNKNOWN -> StatusBadge.Tone.NEUTRAL;
            case null -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(powerLabel(state), tone);
    }

    static String osLabel(@Nullable String osType) {
        if (osType == null || osType.isBlank()) {
            return "Unknown";
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
        groups.forEach(g -> div.add(new StatusBadge(g.name(), StatusBadge.Tone.PRIMARY)));
        return div;
    }

    static boolean matches(VmSummary vm, String q) {
        VmContext c = vm.context();
        return c.vmName().toLowerCase(Locale.ROOT).contains(q)
                || VmGrids.osLabel(c.osType()).toLowerCase(Locale.ROOT).contains(q)
                || c.datacenter().toLowerCase(Locale.ROOT).contains(q)
                || c.groups().stream().anyMatch(g -> g.name().toLowerCase(Locale.ROOT).contains(q));
    }

    static Component message(String text) {
        var span = new Span(text);
        span.addClassName("empty-state-text");
        return span;
    }
}
