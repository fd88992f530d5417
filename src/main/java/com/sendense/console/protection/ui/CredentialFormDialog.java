package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.VmwareCredential;
import com.sendense.console.hub.VmwareCredentialDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit a vCenter credential. The form always holds the whole credential because the hub's
 * {@code PUT} blanks every field it is not sent; the password is the exception the hub itself makes: sent
 * empty, the stored one is kept, so leaving it empty on edit is truthful.
 */
class CredentialFormDialog extends Dialog {

    final TextField name = new TextField(getTranslation("protection.groups.col.name"));
    final TextField host = new TextField(getTranslation("protection.credentialDialog.host"));
    final TextField username = new TextField(getTranslation("protection.repositoryDialog.username"));
    final PasswordField password = new PasswordField(getTranslation("protection.repositoryDialog.password"));
    final TextField datacenter = new TextField(getTranslation("protection.credentials.col.datacenter"));
    final Checkbox active = new Checkbox(getTranslation("protection.credentials.active"));
    final Checkbox isDefault = new Checkbox(getTranslation("protection.credentialDialog.default"));
    final Paragraph error = new Paragraph();
    final Button save = new Button(getTranslation("protection.save"));
    private final boolean creating;
    private final SerializableConsumer<VmwareCredentialDraft> onSave;

    /** {@code onSave} may throw a {@link HubException}; the dialog stays open and says why. */
    CredentialFormDialog(@Nullable VmwareCredential stored, SerializableConsumer<VmwareCredentialDraft> onSave) {
        this.creating = stored == null;
        this.onSave = onSave;

        // Create components
        setHeaderTitle(creating
                ? getTranslation("protection.credentialDialog.newTitle")
                : getTranslation("protection.groups.editNamed", stored.name()));
        List.of(name, host, username, datacenter).forEach(f -> f.setRequiredIndicatorVisible(true));
        host.setPlaceholder("vcenter.example.local"); // i18n: not text (an example host name)
        username.setPlaceholder("backup-svc@vsphere.local"); // i18n: not text (an example login)
        password.setRequiredIndicatorVisible(creating);
        password.setHelperText(getTranslation(
                creating ? "protection.credentialDialog.passwordNew" : "protection.credentialDialog.passwordKeep"));
        if (stored != null) {
            name.setValue(stored.name());
            host.setValue(stored.vcenterHost());
            username.setValue(stored.username());
            datacenter.setValue(stored.datacenter());
            active.setValue(stored.active());
            isDefault.setValue(stored.isDefault());
        } else {
            active.setValue(true);
            // The hub stores every new credential as active, whatever it is sent.
            active.setEnabled(false);
        }
        error.addClassName("form-error");
        error.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var note = new Paragraph(getTranslation("protection.credentialDialog.note"));

        // Add listeners
        save.addClickListener(e -> save());

        // Layout
        var form = new FormLayout(name, host, username, password, datacenter, active, isDefault);
        add(form, note, error);
        getFooter().add(new Button(getTranslation("protection.cancel"), e -> close()), save);
    }

    void save() {
        boolean valid = true;
        for (TextFieldBase<?, String> field : List.of(name, host, username, datacenter)) {
            boolean blank = field.getValue().isBlank();
            field.setInvalid(blank);
            field.setErrorMessage(blank ? getTranslation("protection.credentialDialog.required") : null);
            valid &= !blank;
        }
        boolean noPassword = creating && password.getValue().isEmpty();
        password.setInvalid(noPassword);
        password.setErrorMessage(noPassword ? getTranslation("protection.credentialDialog.passwordRequired") : null);
        if (!valid || noPassword) {
            return;
        }
        var draft = new VmwareCredentialDraft(name.getValue().strip(), host.getValue().strip(),
                username.getValue().strip(), password.getValue().isEmpty() ? null : password.getValue(),
                datacenter.getValue().strip(), active.getValue(), isDefault.getValue());
        try {
            onSave.accept(draft);
            close();
        } catch (HubException e) {
            error.setText(getTranslation("protection.credentialDialog.notSaved", HubErrorMessages.explain(e)));
            error.setVisible(true);
        }
    }
}
