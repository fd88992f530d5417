package com.sendense.console.users.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.users.Role;
import com.sendense.console.users.UserRules;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Locale;
import java.util.Optional;

/** Field builders shared by the user dialogs, so they look and validate alike. */
final class UserFields {

    private UserFields() {}

    static TextField displayName(Locale locale) {
        TextField field = new TextField(Messages.get(locale, "users.field.displayName"));
        field.setMaxLength(UserRules.DISPLAY_NAME_MAX_LENGTH);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static Select<Role> role(Locale locale) {
        Select<Role> field = new Select<>();
        field.setLabel(Messages.get(locale, "users.field.role"));
        field.setItems(Role.values());
        field.setItemLabelGenerator(r -> Messages.get(locale, r.label()));
        field.setPlaceholder(Messages.get(locale, "users.field.chooseRole"));
        field.setRequiredIndicatorVisible(true);
        field.addValueChangeListener(e -> field
                .setHelperText(e.getValue() == null ? null : Messages.get(locale, e.getValue().description())));
        return field;
    }

    static PasswordField password(String label, Locale locale) {
        PasswordField field = new PasswordField(label);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText(Messages.get(locale, "users.field.passwordHelper", UserRules.PASSWORD_MIN_LENGTH));
        return field;
    }

    /** A rule's verdict ({@link UserRules}) as a binder result in the reader's language. */
    static ValidationResult verdict(Optional<Text> error, Locale locale) {
        return error.map(t -> ValidationResult.error(Messages.get(locale, t))).orElse(ValidationResult.ok());
    }

    static FormLayout oneColumn() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }
}
