package com.sendense.console.protection.ui;

import com.sendense.console.protection.ui.BulkConfirmDialog.Action;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.Serializable;

/** Enable, disable or delete the selected flows; absent for managers, who only read. */
class BulkBar extends Composite<Div> {

    @FunctionalInterface
    interface Handler extends Serializable {

        void apply(Action action);
    }

    final Span selected = new Span();
    final Button enable = new Button(getTranslation("protection.bulk.enable"), VaadinIcon.PLAY_CIRCLE_O.create());
    final Button disable = new Button(getTranslation("protection.bulk.disable"), VaadinIcon.PAUSE.create());
    final Button delete = new Button(getTranslation("protection.bulk.delete"), VaadinIcon.TRASH.create());

    BulkBar(Handler handler) {
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        enable.setId("flows-enable");
        disable.setId("flows-disable");
        delete.setId("flows-delete");
        enable.addClickListener(e -> handler.apply(Action.ENABLE));
        disable.addClickListener(e -> handler.apply(Action.DISABLE));
        delete.addClickListener(e -> handler.apply(Action.DELETE));
        getContent().addClassName("flow-bulk-bar");
        getContent().add(selected, enable, disable, delete);
        show(0);
    }

    void show(int count) {
        selected.setText(count == 0
                ? getTranslation("protection.bulk.hint")
                : getTranslation("protection.bulk.selected", count));
        enable.setEnabled(count > 0);
        disable.setEnabled(count > 0);
        delete.setEnabled(count > 0);
    }
}
