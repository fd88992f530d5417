package com.sendense.console.restore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The wizard's steps in a row: done, current and still to come. */
class WizardStepper extends Div {

    static final List<String> STEPS = List.of("Virtual machine", "Recovery point", "Disk", "Mount");

    private final OrderedList list = new OrderedList();

    WizardStepper() {
        addClassName("wizard-stepper");
        getElement().setAttribute("aria-label", "Restore steps");
        add(list);
        show(0, false);
    }

    /**
     * @param current the current step's index
     * @param diskSkipped the VM has one disk, so there is no disk to choose
     */
    void show(int current, boolean diskSkipped) {
        list.removeAll();
        for (int i = 0; i < STEPS.size(); i++) {
            boolean skipped = diskSkipped && i == 2;
            var number = new Span(String.valueOf(i + 1));
            number.addClassName("wizard-step-number");
            var item = new ListItem(number, new Span(skipped ? STEPS.get(i) + " (only one)" : STEPS.get(i)));
            item.addClassName("wizard-step");
            String state = i < current ? "done" : i == current ? "current" : "todo";
            item.getElement().setAttribute("data-state", state);
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            list.add(item);
        }
    }
}
