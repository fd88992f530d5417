package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.CountdownBadge;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountUsage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

/** The active mounts as a grid: what each is, its time left, who uses it, and its actions. */
class MountsGrid extends Grid<MountRecord> {

    static final String NO_MOUNTS = "No disk is mounted. Start a restore to mount one.";
    static final String UNKNOWN = "Not known: the hub cannot be reached.";

    private final Span empty = new Span(NO_MOUNTS);

    /** What the row buttons do; {@code null} hides the button for users who may not. */
    record Actions(SerializableConsumer<MountRecord> browse, SerializableConsumer<MountRecord> unmount,
            SerializableConsumer<MountRecord> remount, boolean allowed) {}

    MountsGrid(MountUsage usage, LiveUpdates live, Clock clock, ZoneId zone, Locale locale, Actions actions) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setId("mounts-grid");
        // Eight columns share the width: the free-text ones start narrow and take what is left.
        ClippedText.addColumn(this, m -> m.vmName() == null ? "Unknown" : m.vmName())
                .setHeader("VM")
                .setKey("vm")
                .setWidth("8rem")
                .setFlexGrow(1);
        ClippedText
                .addColumn(this,
                        m -> m.knownToConsole()
                                ? RestoreLabels.point(m.backupCreatedAt(), m.backupType(), zone, locale)
                                : "not known: mounted outside this console")
                .setHeader("Recovery point")
                .setKey("point")
                .setWidth("8rem")
                .setFlexGrow(1);
        addColumn(m -> RestoreLabels.disk(m, locale)).setHeader("Disk").setKey("disk").setAutoWidth(true);
        addColumn(m -> RestoreLabels.filesystem(m) + " · " + m.nbdDevice()).setHeader("File system · device")
                .setKey("fs")
                .setAutoWidth(true);
        addColumn(m -> created(m, clock, zone, locale)).setHeader("Created").setKey("created").setAutoWidth(true);
        addComponentColumn(m -> timeLeft(m, live, clock)).setHeader("Time left")
                .setKey("left")
                .setAutoWidth(true)
                .setComparator(MountRecord::expiresAt);
        ClippedText.addColumn(this, m -> openedAndBrowsing(m, usage))
                .setHeader("Opened by")
                .setKey("by")
                .setWidth("8rem")
                .setFlexGrow(1);
        if (actions.allowed()) {
            addComponentColumn(m -> buttons(m, clock, actions)).setHeader("")
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        empty.addClassName("empty-state-text");
        setEmptyStateComponent(empty);
    }

    /** While the hub cannot be read, an empty list is no sign that nothing is mounted. */
    void showKnown(boolean known) {
        empty.setText(known ? NO_MOUNTS : UNKNOWN);
    }

    private static String openedAndBrowsing(MountRecord m, MountUsage usage) {
        String browsing = usage.users(m.mountId())
                .stream()
                .map(MountUsage.User::username)
                .distinct()
                .collect(Collectors.joining(", "));
        return RestoreLabels.openedBy(m) + (browsing.isEmpty() ? "" : " · browsing: " + browsing);
    }

    /** The time alone for a mount made today (they live an hour), with the date otherwise. */
    private static String created(MountRecord m, Clock clock, ZoneId zone, Locale locale) {
        if (m.createdAt().atZone(zone).toLocalDate().equals(clock.instant().atZone(zone).toLocalDate())) {
            return Formatters.time(m.createdAt(), zone, locale);
        }
        return Formatters.dateTime(m.createdAt(), zone, locale);
    }

    private CountdownBadge timeLeft(MountRecord m, LiveUpdates live, Clock clock) {
        var badge = new CountdownBadge(m.expiresAt(), clock, live::subscribeTicks, MountRecord.WARNING_BEFORE_EXPIRY);
        badge.addPhaseChangeListener(e -> {
            if (e.phase() == CountdownBadge.Phase.EXPIRED) {
                // Browse turns into Remount at once; the hub still lists the mount until its
                // cleanup runs, so read the list once more too.
                getDataProvider().refreshItem(m);
                live.requestMountsRefresh();
            }
        });
        return badge;
    }

    private static Div buttons(MountRecord m, Clock clock, Actions actions) {
        var row = new Div();
        row.addClassName("mount-actions");
        if (m.expired(clock.instant()) && m.knownToConsole()) {
            var remount = new Button("Remount", e -> {
                e.getSource().setText("Mounting…");
                actions.remount().accept(m);
            });
            remount.setDisableOnClick(true);
            remount.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(remount);
        } else {
            var browse = new Button("Browse", e -> actions.browse().accept(m));
            browse.addThemeVariants(ButtonVariant.LUMO_SMALL);
            browse.setEnabled(!m.mounting());
            row.add(browse);
        }
        var unmount = new Button("Unmount", e -> actions.unmount().accept(m));
        unmount.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        row.add(unmount);
        return row;
    }
}
