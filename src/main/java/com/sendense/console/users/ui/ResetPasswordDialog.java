package com.sendense.console.users.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.users.UserAccount;
import com.sendense.console.users.UserManagementException;
import com.sendense.console.users.UserRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.io.Serializable;
import java.util.Objects;

/** The administrator types a new password for a user and tells them by other means. */
class ResetPasswordDialog extends Dialog {

    @FunctionalInterface
    interface SaveCallback extends Serializable {

        void save(String newPassword);
    }

    final PasswordField password;
    final PasswordField confirmPassword;
    final Button saveButton;
    final Button cancelButton;

    private final Binder<UserForm> binder = new Binder<>();
    private final UserForm form = new UserForm();
    private final SaveCallback onSave;

    ResetPasswordDialog(UserAccount user, SaveCallback onSave) {
        this.onSave = onSave;

        // Create components
        password = UserFields.password("New password");
        confirmPassword = new PasswordField("Confirm new password");
        saveButton = new Button("Set password", e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelButton = new Button("Cancel", e -> close());

        binder.forField(password)
                .asRequired("Enter a password")
                .withValidator((value, ctx) -> UserRules.checkPassword(value)
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind(UserForm::getPassword, UserForm::setPassword);
        binder.forField(confirmPassword)
                .asRequired("Repeat the password")
                .withValidator(value -> Objects.equals(value, password.getValue()), "The passwords do not match")
                .bind(UserForm::getConfirmPassword, UserForm::setConfirmPassword);
        binder.readBean(form);

        // Layout
        setHeaderTitle("Reset password of " + user.username());
        setWidth("min(30rem, 95vw)");
        var layout = UserFields.oneColumn();
        layout.add(new Paragraph("The old password stops working at once. Tell " + user.displayName()
                + " the new one in person or over a trusted channel."), password, confirmPassword);
        add(layout);
        getFooter().add(cancelButton, saveButton);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            onSave.save(form.getPassword());
            close();
        } catch (UserManagementException e) {
            Notifications.error(e.getMessage());
        }
    }
}
