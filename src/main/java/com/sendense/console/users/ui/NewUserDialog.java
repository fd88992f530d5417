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
import com.vaadin.flow.data.binder.ValidationResult;
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
        username = new TextField("User name");
        username.setRequiredIndicatorVisible(true);
        username.setHelperText("Used to sign in; letters, digits, . _ -");
        displayName = UserFields.displayName();
        password = UserFields.password("Password");
        confirmPassword = new PasswordField("Confirm password");
        role = UserFields.role();
        scope = new ScopeEditor();
        scope.setVisible(false);
        saveButton = new Button("Create user", e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelButton = new Button("Cancel", e -> close());

        binder.forField(username)
                .asRequired("Enter a user name")
                .withValidator((value, ctx) -> UserRules.checkUsername(value)
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .withValidator(value -> !usernameTaken.test(value), "This user name is already taken")
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName)
                .asRequired("Enter a display name")
                .withValidator((value, ctx) -> UserRules.checkDisplayName(value)
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
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
        binder.forField(role).asRequired("Choose a role").bind(UserForm::getRole, UserForm::setRole);
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
        setHeaderTitle("New user");
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
            Notifications.error(e.getMessage());
        }
    }
}
