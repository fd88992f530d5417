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

    final TextField name = new TextField("Name");
    final TextField host = new TextField("vCenter host");
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final TextField datacenter = new TextField("Datacenter");
    final Checkbox active = new Checkbox("Active");
    final Checkbox isDefault = new Checkbox("Default for discovery");
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save");
    private final boolean creating;
    private final SerializableConsumer<VmwareCredentialDraft> onSave;

    /** {@code onSave} may throw a {@link HubException}; the dialog stays open and says why. */
    CredentialFormDialog(@Nullable VmwareCredential stored, SerializableConsumer<VmwareCredentialDraft> onSave) {
        this.creating = stored == null;
        this.onSave = onSave;

        // Create components
        setHeaderTitle(creating ? "New vCenter credential" : "Edit " + stored.name());
        List.of(name, host, username, datacenter).forEach(f -> f.setRequiredIndicatorVisible(true));
        host.setPlaceholder("vcenter.example.local");
        username.setPlaceholder("backup-svc@vsphere.local");
        password.setRequiredIndicatorVisible(creating);
        password.setHelperText(creating
                ? "The hub stores it encrypted and never shows it again."
                : "Leave empty to keep the stored password; the hub never shows it.");
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
        var note = new Paragraph("The hub has no real connection test (its \"test\" always passes without "
                + "contacting vCenter). To check these details, use Discover now after saving.");

        // Add listeners
        save.addClickListener(e -> save());

        // Layout
        var form = new FormLayout(name, host, username, password, datacenter, active, isDefault);
        add(form, note, error);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        boolean valid = true;
        for (TextFieldBase<?, String> field : List.of(name, host, username, datacenter)) {
            boolean blank = field.getValue().isBlank();
            field.setInvalid(blank);
            field.setErrorMessage(blank ? "Required: the hub would store it empty" : null);
            valid &= !blank;
        }
        boolean noPassword = creating && password.getValue().isEmpty();
        password.setInvalid(noPassword);
        password.setErrorMessage(noPassword ? "A new credential needs its password" : null);
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
            error.setText("Not saved. " + HubErrorMessages.explain(e));
            error.setVisible(true);
        }
    }
}
