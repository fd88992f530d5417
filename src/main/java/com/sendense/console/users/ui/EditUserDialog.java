package com.sendense.console.users.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.users.Role;
import com.sendense.console.users.UserAccount;
import com.sendense.console.users.UserManagementException;
import com.sendense.console.users.UserRules;
import com.sendense.console.users.UserUpdate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.util.Objects;

/** Changes a user's display name, role, enabled flag and help-desk scope in one go. */
class EditUserDialog extends Dialog {

    @FunctionalInterface
    interface SaveCallback extends Serializable {

        void save(UserUpdate update);
    }

    final TextField displayName;
    final Select<Role> role;
    final Checkbox enabled;
    final ScopeEditor scope;
    final Button saveButton;
    final Button cancelButton;

    private final Binder<UserForm> binder = new Binder<>();
    private final UserForm form;
    private final SaveCallback onSave;

    EditUserDialog(UserAccount user, SaveCallback onSave) {
        this.onSave = onSave;
        this.form = UserForm.of(user);

        // Create components
        displayName = UserFields.displayName(getLocale());
        role = UserFields.role(getLocale());
        enabled = new Checkbox(getTranslation("users.edit.enabled"));
        scope = new ScopeEditor();
        saveButton = new Button(getTranslation("users.edit.save"), e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelButton = new Button(getTranslation("users.cancel"), e -> close());

        binder.forField(displayName)
                .asRequired(getTranslation("users.required.displayName"))
                .withValidator((value, ctx) -> UserFields.verdict(UserRules.checkDisplayName(value), getLocale()))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(role)
                .asRequired(getTranslation("users.required.role"))
                .bind(UserForm::getRole, UserForm::setRole);
        binder.forField(enabled).bind(UserForm::isEnabled, UserForm::setEnabled);
        binder.forField(scope).bind(UserForm::getScope, UserForm::setScope);

        // Add listeners
        role.addValueChangeListener(e -> scope.setVisible(e.getValue() == Role.HELPDESK));

        // Layout
        setHeaderTitle(getTranslation("users.edit.title", user.username()));
        setWidth("min(34rem, 95vw)");
        var layout = UserFields.oneColumn();
        layout.add(displayName, role, enabled, scope);
        add(layout);
        getFooter().add(cancelButton, saveButton);
        binder.readBean(form);
        scope.setVisible(user.role() == Role.HELPDESK);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            onSave.save(new UserUpdate(form.getDisplayName(), Objects.requireNonNull(form.getRole()), form.isEnabled(),
                    form.getScope()));
            close();
        } catch (UserManagementException e) {
            Notifications.error(e.message(getLocale()));
        }
    }
}
