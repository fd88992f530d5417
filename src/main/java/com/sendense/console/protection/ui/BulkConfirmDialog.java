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
        String flows = count == 1 ? "1 protection flow" : count + " protection flows";
        paragraphs = text(action);
        setHeader(switch (action) {
            case ENABLE -> "Enable " + flows + "?";
            case DISABLE -> "Disable " + flows + "?";
            case DELETE -> "Delete " + flows + "?";
        });
        var body = new Div();
        paragraphs.forEach(p -> body.add(new Paragraph(p)));
        setText(body);
        SafeChoice.focusCancel(this, "Cancel");
        setConfirmText(switch (action) {
            case ENABLE -> "Enable " + count;
            case DISABLE -> "Disable " + count;
            case DELETE -> "Delete " + count;
        });
        if (action == Action.DELETE) {
            setConfirmButtonTheme("error primary");
        }
        addConfirmListener(e -> onConfirm.run());
    }

    private static List<String> text(Action action) {
        return switch (action) {
            case ENABLE -> List.of("The console starts them on their schedules from the next due time on. "
                    + "A due time that passed while they were disabled is not caught up.");
            case DISABLE -> List.of("The console stops starting them on their schedules. \"Run now\" still works.",
                    "Backups they already started go on until they finish; nothing is stopped.");
            case DELETE -> List.of("The hub deletes these flows; the console never starts them again.",
                    "Backups they already started go on until they finish, and every backup stays in the "
                            + "history and the recovery points. The console keeps its record of their runs.",
                    "This cannot be undone.");
        };
    }
}
