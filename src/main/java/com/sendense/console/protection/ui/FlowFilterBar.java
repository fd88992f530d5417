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

    final TextField text = new TextField(getTranslation("protection.filter.search"));
    final Select<Boolean> enabled = new Select<>();
    final Select<LastResult> result = new Select<>();
    final Select<FlowTargetType> target = new Select<>();
    final Button clear = new Button(getTranslation("protection.filter.clear"));
    private boolean updating;

    FlowFilterBar(SerializableConsumer<FlowFilter> onChange) {
        // Create components
        text.setPlaceholder(getTranslation("protection.filter.searchPlaceholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        enabled.setLabel(getTranslation("protection.filter.enabled"));
        enabled.setItems(true, false);
        enabled.setEmptySelectionAllowed(true);
        enabled.setEmptySelectionCaption(getTranslation("protection.filter.enabledAny"));
        enabled.setItemLabelGenerator(b -> getTranslation(b == null
                ? "protection.filter.enabledAny"
                : b ? "protection.flows.enabled" : "protection.flows.disabled"));
        result.setLabel(getTranslation("protection.filter.lastRun"));
        result.setItems(LastResult.values());
        result.setEmptySelectionAllowed(true);
        result.setEmptySelectionCaption(getTranslation("protection.filter.anyResult"));
        result.setItemLabelGenerator(
                r -> r == null ? getTranslation("protection.filter.anyResult") : r.label(getLocale()));
        target.setLabel(getTranslation("protection.filter.target"));
        target.setItems(FlowTargetType.VM, FlowTargetType.GROUP);
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("protection.filter.anyTarget"));
        target.setItemLabelGenerator(t -> getTranslation(t == null
                ? "protection.filter.anyTarget"
                : t == FlowTargetType.VM ? "protection.filter.aVm" : "protection.filter.aGroup"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.setAriaLabel(getTranslation("protection.filter.clearAria"));

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
