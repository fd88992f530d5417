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
        password = UserFields.password(getTranslation("users.reset.newPassword"), getLocale());
        confirmPassword = new PasswordField(getTranslation("users.reset.confirm"));
        saveButton = new Button(getTranslation("users.reset.set"), e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelButton = new Button(getTranslation("users.cancel"), e -> close());

        binder.forField(password)
                .asRequired(getTranslation("users.required.password"))
                .withValidator((value, ctx) -> UserFields.verdict(UserRules.checkPassword(value), getLocale()))
                .bind(UserForm::getPassword, UserForm::setPassword);
        binder.forField(confirmPassword)
                .asRequired(getTranslation("users.required.repeat"))
                .withValidator(value -> Objects.equals(value, password.getValue()), getTranslation("users.mismatch"))
                .bind(UserForm::getConfirmPassword, UserForm::setConfirmPassword);
        binder.readBean(form);

        // Layout
        setHeaderTitle(getTranslation("users.reset.title", user.username()));
        setWidth("min(30rem, 95vw)");
        var layout = UserFields.oneColumn();
        layout.add(new Paragraph(getTranslation("users.reset.text", user.displayName())), password, confirmPassword);
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
            Notifications.error(e.message(getLocale()));
        }
    }
}
