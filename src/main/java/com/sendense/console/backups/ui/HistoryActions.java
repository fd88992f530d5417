package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.Locale;

/**
 * The row-action slot of the history grids. Today it holds delete, for operators and
 * administrators only. "Restore files from this point" belongs here too, added by the file
 * restore feature when it exists; until then there is deliberately no button that does nothing.
 */
final class HistoryActions implements Serializable {

    private final BackupDeletion deletion;
    private final boolean canDelete;
    private final SerializableRunnable onChange;

    HistoryActions(BackupHistoryService service, CurrentUser user, SerializableRunnable onChange) {
        this.deletion = new BackupDeletion(service);
        this.canDelete = user.hasRole(Role.OPERATOR) || user.hasRole(Role.ADMIN);
        this.onChange = onChange;
    }

    /** Whether this user has any row action; without one the grid hides the column. */
    boolean any() {
        return canDelete;
    }

    Component cell(HistoryEntry entry) {
        var cell = new Div();
        cell.addClassName("row-actions");
        if (canDelete) {
            var delete = new Button(VaadinIcon.TRASH.create());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
            delete.setAriaLabel(delete.getTranslation("backups.delete.aria", entry.backup().id().value()));
            if (entry.backup().status().isActive()) {
                delete.setEnabled(false);
                delete.setTooltipText(delete.getTranslation("backups.delete.runningTooltip"));
            } else {
                delete.setTooltipText(delete.getTranslation("backups.delete.tooltip"));
            }
            delete.addClickListener(e -> deletion.start(entry.backup().id(),
                    e.getSource().getUI().map(UI::getLocale).orElse(Locale.UK), onChange));

            cell.add(delete);
        }
        return cell;
    }
}
