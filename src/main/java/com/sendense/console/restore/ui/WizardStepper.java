package com.sendense.console.restore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

class WizardStepper extends Div {

    /** The steps' bundle keys, in order. */
    static final List<String> STEPS = List.of("restore.step.vm", "restore.step.point", "restore.step.disk",
            "restore.step.mount");

    private final OrderedList list = new OrderedList();

    WizardStepper() {
        addClassName("restore-stepper");
        getElement().setAttribute("aria-label", getTranslation("restore.step.label"));
        add(list);
        show(0, false);
    }

    void show(int current, boolean diskSkipped) {
        list.removeAll();
        for (int i = 0; i < STEPS.size(); i++) {
            boolean skipped = diskSkipped && i == 2;
            var number = new Span(String.valueOf(i + 1));
            number.addClassName("restore-step-number");
            String name = getTranslation(STEPS.get(i));
            var item = new ListItem(number, new Span(skipped ? getTranslation("restore.step.onlyOne", name) : name));
            item.addClassName("restore-step");
            String state = i < current ? "done" : i == current ? "current" : "todo";
            item.getElement().setAttribute("data-state", state);
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            list.add(item);
        }
    }
}
