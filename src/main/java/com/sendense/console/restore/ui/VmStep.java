package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.GridKeys;
import com.sendense.console.hub.VmContext;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Step 1: find the VM to restore from, among those in the user's scope. */
class VmStep extends Div {

    final TextField search = new TextField();
    final Grid<VmContext> grid = new Grid<>();
    private final List<VmContext> vms;

    VmStep(List<VmContext> vms, String emptyText, String initialSearch, SerializableConsumer<String> onChoose) {
        this.vms = vms;

        // Create components
        search.setPlaceholder(getTranslation("restore.vm.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setAriaLabel(getTranslation("restore.vm.searchLabel"));
        search.setValue(initialSearch);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        ClippedText.addColumn(grid, VmContext::vmName)
                .setHeader(getTranslation("restore.vm.name"))
                .setKey("name")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(vm -> Optional.ofNullable(vm.osType())
                .map(os -> os.substring(0, 1).toUpperCase(Locale.ROOT) + os.substring(1))
                .orElse(getTranslation("restore.unknown")))
                .setHeader(getTranslation("restore.vm.os"))
                .setKey("os")
                .setAutoWidth(true);
        grid.addColumn(vm -> getTranslation("restore.power."
                + (vm.powerState() == null ? "unknown" : vm.powerState().name().toLowerCase(Locale.ROOT))))
                .setHeader(getTranslation("restore.vm.power"))
                .setKey("power")
                .setAutoWidth(true);
        ClippedText.addColumn(grid, VmContext::datacenter)
                .setHeader(getTranslation("restore.vm.datacenter"))
                .setKey("datacenter")
                .setAutoWidth(true);
        var empty = new Span(emptyText);
        empty.addClassName("empty-state-text");
        grid.setEmptyStateComponent(empty);
        grid.setAllRowsVisible(true);

        // Add listeners
        search.addValueChangeListener(e -> filter());
        // A click can arrive for a row the grid has just replaced (fast typing): its item is then null.
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                onChoose.accept(e.getItem().vmName());
            }
        });
        GridKeys.chooseWithEnter(grid, vm -> onChoose.accept(vm.vmName()));
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> {
            List<VmContext> shown = shown();
            if (shown.size() == 1) {
                onChoose.accept(shown.getFirst().vmName());
            }
        });

        // Layout
        addClassName("restore-step-body");
        add(new H2(getTranslation("restore.vm.title")), search, grid);

        filter();
    }

    private void filter() {
        grid.setItems(shown());
    }

    private List<VmContext> shown() {
        String q = search.getValue().strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() ? vms : vms.stream().filter(vm -> vm.vmName().toLowerCase(Locale.ROOT).contains(q)).toList();
    }
}
