package com.sendense.console.users.ui;

import com.sendense.console.users.Role;
import com.sendense.console.users.UserRules;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Field builders shared by the user dialogs, so they look and validate alike. */
final class UserFields {

    private UserFields() {}

    static TextField displayName() {
        TextField field = new TextField("Display name");
        field.setMaxLength(UserRules.DISPLAY_NAME_MAX_LENGTH);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static Select<Role> role() {
        Select<Role> field = new Select<>();
        field.setLabel("Role");
        field.setItems(Role.values());
        field.setItemLabelGenerator(Role::label);
        field.setPlaceholder("Choose a role");
        field.setRequiredIndicatorVisible(true);
        field.addValueChangeListener(
                e -> field.setHelperText(e.getValue() == null ? null : e.getValue().description()));
        return field;
    }

    static PasswordField password(String label) {
        PasswordField field = new PasswordField(label);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText("At least " + UserRules.PASSWORD_MIN_LENGTH + " characters");
        return field;
    }

    static FormLayout oneColumn() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }
}
