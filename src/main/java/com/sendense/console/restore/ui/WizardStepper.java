package com.sendense.console.restore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

class WizardStepper extends Div {

    static final List<String> STEPS = List.of("Virtual machine", "Recovery point", "Disk", "Mount");

    private final OrderedList list = new OrderedList();

    WizardStepper() {
        addClassName("restore-stepper");
        getElement().setAttribute("aria-label", "Restore steps");
        add(list);
        show(0, false);
    }

    void show(int current, boolean diskSkipped) {
        list.removeAll();
        for (int i = 0; i < STEPS.size(); i++) {
            boolean skipped = diskSkipped && i == 2;
            var number = new Span(String.valueOf(i + 1));
            number.addClassName("restore-step-number");
            var item = new ListItem(number, new Span(skipped ? STEPS.get(i) + " (only one)" : STEPS.get(i)));
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
