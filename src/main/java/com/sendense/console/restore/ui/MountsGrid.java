package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
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

    private final Span empty = new Span();
    private final Locale locale;

    /** What the row buttons do; {@code null} hides the button for users who may not. */
    record Actions(SerializableConsumer<MountRecord> browse, SerializableConsumer<MountRecord> unmount,
            SerializableConsumer<MountRecord> remount, boolean allowed) {}

    MountsGrid(MountUsage usage, LiveUpdates live, Clock clock, ZoneId zone, Locale locale, Actions actions) {
        this.locale = locale;
        empty.setText(t("restore.mounts.none"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setId("mounts-grid");
        // Eight columns share the width: the free-text ones start narrow and take what is left.
        ClippedText.addColumn(this, m -> m.vmName() == null ? t("restore.mounts.unknownVm") : m.vmName())
                .setHeader(t("restore.mounts.vm"))
                .setKey("vm")
                .setWidth("8rem")
                .setFlexGrow(1);
        ClippedText
                .addColumn(this,
                        m -> m.knownToConsole()
                                ? RestoreLabels.point(m.backupCreatedAt(), m.backupType(), zone, locale)
                                : t("restore.mounts.pointUnknown"))
                .setHeader(t("restore.step.point"))
                .setKey("point")
                .setWidth("8rem")
                .setFlexGrow(1);
        addColumn(m -> RestoreLabels.disk(m, locale)).setHeader(t("restore.step.disk"))
                .setKey("disk")
                .setAutoWidth(true);
        addColumn(m -> RestoreLabels.filesystem(m, locale) + " · " + m.nbdDevice()).setHeader(t("restore.mounts.fs"))
                .setKey("fs")
                .setAutoWidth(true);
        addColumn(m -> created(m, clock, zone, locale)).setHeader(t("restore.mounts.created"))
                .setKey("created")
                .setAutoWidth(true);
        addComponentColumn(m -> timeLeft(m, live, clock)).setHeader(t("restore.mounts.timeLeft"))
                .setKey("left")
                .setAutoWidth(true)
                .setComparator(MountRecord::expiresAt);
        ClippedText.addColumn(this, m -> openedAndBrowsing(m, usage))
                .setHeader(t("restore.mounts.openedBy"))
                .setKey("by")
                .setWidth("8rem")
                .setFlexGrow(1);
        if (actions.allowed()) {
            addComponentColumn(m -> buttons(m, clock, actions, locale)).setHeader("")
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
        empty.setText(t(known ? "restore.mounts.none" : "restore.mounts.unknown"));
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    private String openedAndBrowsing(MountRecord m, MountUsage usage) {
        String browsing = usage.users(m.mountId())
                .stream()
                .map(MountUsage.User::username)
                .distinct()
                .collect(Collectors.joining(", "));
        return RestoreLabels.openedBy(m, locale) + (browsing.isEmpty() ? "" : t("restore.mounts.browsing", browsing));
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

    private static Div buttons(MountRecord m, Clock clock, Actions actions, Locale locale) {
        var row = new Div();
        row.addClassName("mount-actions");
        if (m.expired(clock.instant()) && m.knownToConsole()) {
            var remount = new Button(Messages.get(locale, "restore.mounts.remount"), e -> {
                e.getSource().setText(Messages.get(locale, "restore.mounts.mounting"));
                actions.remount().accept(m);
            });
            remount.setDisableOnClick(true);
            remount.setAriaLabel(Messages.get(locale, "restore.mounts.remountNamed", named(m, locale)));
            remount.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(remount);
        } else {
            var browse = new Button(Messages.get(locale, "restore.mounts.browse"), e -> actions.browse().accept(m));
            browse.addThemeVariants(ButtonVariant.LUMO_SMALL);
            browse.setAriaLabel(Messages.get(locale, "restore.mounts.browseNamed", named(m, locale)));
            browse.setEnabled(!m.mounting());
            row.add(browse);
        }
        var unmount = new Button(Messages.get(locale, "restore.mounts.unmount"), e -> actions.unmount().accept(m));
        unmount.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        unmount.setAriaLabel(Messages.get(locale, "restore.mounts.unmountNamed", named(m, locale)));
        row.add(unmount);
        return row;
    }

    /** Which mount a row's button acts on, for screen readers: every row has the same visible words. */
    private static String named(MountRecord m, Locale locale) {
        String vm = m.vmName() == null ? Messages.get(locale, "restore.mounts.unknownVm") : m.vmName();
        return m.diskIndex() == null ? vm : Messages.get(locale, "restore.mounts.vmDisk", vm, m.diskIndex());
    }
}
