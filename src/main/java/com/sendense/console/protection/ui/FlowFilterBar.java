package com.sendense.console.protection.ui;

import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.ui.FlowFilter.LastResult;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;

/** The Protection list's filters: text, enabled or disabled, last result, target type. */
class FlowFilterBar extends Composite<Div> {

    final TextField text = new TextField("Search");
    final Select<Boolean> enabled = new Select<>();
    final Select<LastResult> result = new Select<>();
    final Select<FlowTargetType> target = new Select<>();
    final Button clear = new Button("Clear");
    private boolean updating;

    FlowFilterBar(SerializableConsumer<FlowFilter> onChange) {
        // Create components
        text.setPlaceholder("Flow, VM, group or repository");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        enabled.setLabel("Enabled");
        enabled.setItems(true, false);
        enabled.setEmptySelectionAllowed(true);
        enabled.setEmptySelectionCaption("Enabled or not");
        enabled.setItemLabelGenerator(b -> b == null ? "Enabled or not" : b ? "Enabled" : "Disabled");
        result.setLabel("Last run");
        result.setItems(LastResult.values());
        result.setEmptySelectionAllowed(true);
        result.setEmptySelectionCaption("Any result");
        result.setItemLabelGenerator(r -> r == null ? "Any result" : r.label());
        target.setLabel("Target");
        target.setItems(FlowTargetType.VM, FlowTargetType.GROUP);
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption("VMs and groups");
        target.setItemLabelGenerator(t -> t == null ? "VMs and groups" : t == FlowTargetType.VM ? "A VM" : "A group");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.setAriaLabel("Clear filters");

        // Add listeners
        text.addValueChangeListener(e -> fire(onChange));
        enabled.addValueChangeListener(e -> fire(onChange));
        result.addValueChangeListener(e -> fire(onChange));
        target.addValueChangeListener(e -> fire(onChange));
        clear.addClickListener(e -> {
            setFilter(FlowFilter.ALL);
            onChange.accept(FlowFilter.ALL);
        });

        // Layout
        getContent().addClassName("history-filters");
        getContent().add(text, enabled, result, target, clear);
    }

    FlowFilter filter() {
        return new FlowFilter(text.getValue().isBlank() ? null : text.getValue(), enabled.getValue(), result.getValue(),
                target.getValue());
    }

    /** Shows a filter (from the URL) without reporting it as a change. */
    void setFilter(FlowFilter f) {
        updating = true;
        try {
            text.setValue(f.text() == null ? "" : f.text());
            enabled.setValue(f.enabled());
            result.setValue(f.result());
            target.setValue(f.targetType());
        } finally {
            updating = false;
        }
    }

    private void fire(SerializableConsumer<FlowFilter> onChange) {
        if (!updating) {
            onChange.accept(filter());
        }
    }
}
