package com.sendense.console.protection.ui;

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
        ClippedText.addColumn(grid, DiscoveredVm::name).setHeader("Name").setKey("name").setAutoWidth(true);
        grid.addComponentColumn(vm -> vm.existing()
                ? new StatusBadge("Already added", StatusBadge.Tone.CONTRAST)
                : new StatusBadge("New", StatusBadge.Tone.SUCCESS))
                .setHeader("In the hub")
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(DiscoverTexts::power).setHeader("Power").setKey("power").setAutoWidth(true);
        ClippedText.addColumn(grid, DiscoverTexts::os).setHeader("OS").setKey("os").setAutoWidth(true);
        grid.addColumn(DiscoveredVm::cpuCount).setHeader("CPUs").setKey("cpu").setAutoWidth(true);
        grid.addColumn(vm -> Formatters.memoryMb(vm.memoryMb(), locale))
                .setHeader("Memory")
                .setKey("memory")
                .setAutoWidth(true);
        grid.addColumn(DiscoveredVm::diskCount).setHeader("Disks").setKey("disks").setAutoWidth(true);
        grid.addColumn(vm -> Formatters.bytes(vm.capacityBytes(), locale))
                .setHeader("Size")
                .setKey("size")
                .setAutoWidth(true);
        grid.setVisible(false);
    }
}
