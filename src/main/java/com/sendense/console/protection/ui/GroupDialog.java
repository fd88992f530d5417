package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubException;
import com.sendense.console.protection.Explained;
import com.sendense.console.protection.GroupForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a group: name, description and how many VMs it may hold. No schedule: on the hub
 * a group's schedule starts replication for its members, and it can never be taken off again.
 */
class GroupDialog extends Dialog {

    final TextField name = new TextField(getTranslation("protection.groups.col.name"));
    final TextArea description = new TextArea(getTranslation("protection.flow.description"));
    final IntegerField maxVms = new IntegerField(getTranslation("protection.groupDialog.maxVms"));
    final Paragraph error = new Paragraph();
    final Button save;

    /** {@code onSave} throws {@link IllegalArgumentException} or {@link HubException} to keep the dialog open. */
    GroupDialog(@Nullable GroupForm current, SerializableConsumer<GroupForm> onSave) {
        setHeaderTitle(current == null
                ? getTranslation("protection.groupDialog.newTitle")
                : getTranslation("protection.groupDialog.editTitle", current.name()));
        save = new Button(getTranslation(current == null ? "protection.groupDialog.create" : "protection.save"),
                e -> save(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        name.setId("group-name");
        maxVms.setId("group-max-vms");
        save.setId("group-save");
        error.setId("group-error");
        name.setRequired(true);
        name.setMaxLength(GroupForm.MAX_NAME_LENGTH);
        description.setMaxLength(GroupForm.MAX_DESCRIPTION_LENGTH);
        maxVms.setMin(1);
        maxVms.setMax(GroupForm.LIMIT_MAX_VMS);
        maxVms.setStepButtonsVisible(true);
        maxVms.setSuffixComponent(
                new com.vaadin.flow.component.html.Span(getTranslation("protection.groupDialog.vms")));
        maxVms.setHelperText(getTranslation("protection.groupDialog.maxVmsHelp"));
        if (current != null) {
            name.setValue(current.name());
            description.setValue(current.description() == null ? "" : current.description());
            maxVms.setValue(current.maxVms());
        } else {
            maxVms.setValue(GroupForm.DEFAULT_MAX_VMS);
        }
        error.addClassName(LumoUtility.TextColor.ERROR);
        error.setVisible(false);

        var form = new FormLayout(name, description, maxVms);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);
        getFooter().add(new Button(getTranslation("protection.cancel"), e -> close()), save);
        setWidth("32rem");
    }

    private void save(SerializableConsumer<GroupForm> onSave) {
        Integer max = maxVms.getValue();
        if (max == null || maxVms.isInvalid()) {
            maxVms.setErrorMessage(getTranslation("protection.groupDialog.maxVmsRange", GroupForm.LIMIT_MAX_VMS));
            maxVms.setInvalid(true);
            return;
        }
        try {
            onSave.accept(new GroupForm(name.getValue(), description.getValue(), max));
            close();
        } catch (IllegalArgumentException e) {
            showError(e instanceof Explained x ? Messages.get(getLocale(), x.text()) : e.getMessage());
        } catch (HubException e) {
            showError(HubErrorMessages.explain(e));
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
