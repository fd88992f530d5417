package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.hub.DiscoveredVm;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;

/** The discovery grid's columns: names stay text, VMs the hub already has cannot be chosen. */
final class DiscoverGrid {

    private DiscoverGrid() {}

    static void configure(Grid<DiscoveredVm> grid, Locale locale) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItemSelectableProvider(vm -> !vm.existing());
        ClippedText.addColumn(grid, DiscoveredVm::name)
                .setHeader(t(locale, "protection.groups.col.name"))
                .setKey("name")
                .setAutoWidth(true);
        grid.addComponentColumn(vm -> vm.existing()
                ? new StatusBadge(t(locale, "protection.discover.existing"), StatusBadge.Tone.CONTRAST)
                : new StatusBadge(t(locale, "protection.discover.new"), StatusBadge.Tone.SUCCESS))
                .setHeader(t(locale, "protection.discover.col.inHub"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(vm -> DiscoverTexts.power(vm, locale))
                .setHeader(t(locale, "protection.discover.col.power"))
                .setKey("power")
                .setAutoWidth(true);
        ClippedText.addColumn(grid, vm -> DiscoverTexts.os(vm, locale))
                .setHeader(t(locale, "protection.discover.col.os"))
                .setKey("os")
                .setAutoWidth(true);
        grid.addColumn(DiscoveredVm::cpuCount)
                .setHeader(t(locale, "protection.discover.col.cpus"))
                .setKey("cpu")
                .setAutoWidth(true);
        grid.addColumn(vm -> Formatters.memoryMb(vm.memoryMb(), locale))
                .setHeader(t(locale, "protection.discover.col.memory"))
                .setKey("memory")
                .setAutoWidth(true);
        grid.addColumn(DiscoveredVm::diskCount)
                .setHeader(t(locale, "protection.discover.col.disks"))
                .setKey("disks")
                .setAutoWidth(true);
        grid.addColumn(vm -> Formatters.bytes(vm.capacityBytes(), locale))
                .setHeader(t(locale, "protection.discover.col.size"))
                .setKey("size")
                .setAutoWidth(true);
        grid.setVisible(false);
    }

    private static String t(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
