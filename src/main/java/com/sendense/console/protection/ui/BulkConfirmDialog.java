package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.SafeChoice;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * Asks before a bulk change, naming how many flows it touches and what happens to their running
 * backups (they go on: neither the hub nor the console can stop a backup). Opens on Cancel.
 */
class BulkConfirmDialog extends ConfirmDialog {

    enum Action {
        ENABLE, DISABLE, DELETE
    }

    final List<String> paragraphs;

    BulkConfirmDialog(Action action, int count, SerializableRunnable onConfirm) {
        paragraphs = text(action).stream().map(this::getTranslation).toList();
        setHeader(getTranslation("protection.bulk.confirm." + action.name(), count));
        var body = new Div();
        paragraphs.forEach(p -> body.add(new Paragraph(p)));
        setText(body);
        SafeChoice.focusCancel(this, getTranslation("protection.cancel"));
        setConfirmText(getTranslation("protection.bulk.button." + action.name(), count));
        if (action == Action.DELETE) {
            setConfirmButtonTheme("error primary");
        }
        addConfirmListener(e -> onConfirm.run());
    }

    private static List<String> text(Action action) {
        return switch (action) {
            case ENABLE -> List.of("protection.bulk.enableText");
            case DISABLE -> List.of("protection.bulk.disableText", "protection.bulk.goOn");
            case DELETE ->
                List.of("protection.bulk.deleteText", "protection.bulk.deleteGoOn", "protection.bulk.noUndo");
        };
    }
}
