package com.sendense.console.users.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.users.NewUser;
import com.sendense.console.users.Role;
import com.sendense.console.users.UserManagementException;
import com.sendense.console.users.UserRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializablePredicate;
import java.io.Serializable;
import java.util.Objects;

/** Creates a user. Rejections from the service (e.g. a name taken meanwhile) keep the dialog open. */
class NewUserDialog extends Dialog {

    @FunctionalInterface
    interface SaveCallback extends Serializable {

        void save(NewUser user);
    }

    final TextField username;
    final TextField displayName;
    final PasswordField password;
    final PasswordField confirmPassword;
    final Select<Role> role;
    final ScopeEditor scope;
    final Button saveButton;
    final Button cancelButton;

    private final Binder<UserForm> binder = new Binder<>();
    private final UserForm form = new UserForm();
    private final SaveCallback onSave;

    NewUserDialog(SerializablePredicate<String> usernameTaken, SaveCallback onSave) {
        this.onSave = onSave;

        // Create components
        username = new TextField(getTranslation("users.field.username"));
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("users.field.usernameHelper"));
        displayName = UserFields.displayName(getLocale());
        password = UserFields.password(getTranslation("users.field.password"), getLocale());
        confirmPassword = new PasswordField(getTranslation("users.field.confirmPassword"));
        role = UserFields.role(getLocale());
        scope = new ScopeEditor();
        scope.setVisible(false);
        saveButton = new Button(getTranslation("users.new.create"), e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelButton = new Button(getTranslation("users.cancel"), e -> close());

        binder.forField(username)
                .asRequired(getTranslation("users.required.username"))
                .withValidator((value, ctx) -> UserFields.verdict(UserRules.checkUsername(value), getLocale()))
                .withValidator(value -> !usernameTaken.test(value), getTranslation("users.taken"))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("users.required.displayName"))
                .withValidator((value, ctx) -> UserFields.verdict(UserRules.checkDisplayName(value), getLocale()))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(password)
                .asRequired(getTranslation("users.required.password"))
                .withValidator((value, ctx) -> UserFields.verdict(UserRules.checkPassword(value), getLocale()))
                .bind(UserForm::getPassword, UserForm::setPassword);
        binder.forField(confirmPassword)
                .asRequired(getTranslation("users.required.repeat"))
                .withValidator(value -> Objects.equals(value, password.getValue()), getTranslation("users.mismatch"))
                .bind(UserForm::getConfirmPassword, UserForm::setConfirmPassword);
        binder.forField(role)
                .asRequired(getTranslation("users.required.role"))
                .bind(UserForm::getRole, UserForm::setRole);
        binder.forField(scope).bind(UserForm::getScope, UserForm::setScope);
        binder.readBean(form);

        // Add listeners
        role.addValueChangeListener(e -> scope.setVisible(e.getValue() == Role.HELPDESK));
        password.addValueChangeListener(e -> {
            if (!confirmPassword.isEmpty()) {
                binder.validate();
            }
        });

        // Layout
        setHeaderTitle(getTranslation("users.new.title"));
        setWidth("min(34rem, 95vw)");
        var layout = UserFields.oneColumn();
        layout.add(username, displayName, password, confirmPassword, role, scope);
        add(layout);
        getFooter().add(cancelButton, saveButton);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Role chosen = Objects.requireNonNull(form.getRole());
        try {
            onSave.save(new NewUser(form.getUsername(), form.getDisplayName(), form.getPassword(), chosen,
                    form.getScope()));
            close();
        } catch (UserManagementException e) {
            Notifications.error(e.message(getLocale()));
        }
    }
}
