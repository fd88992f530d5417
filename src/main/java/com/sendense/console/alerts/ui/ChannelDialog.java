package com.sendense.console.alerts.ui;

import com.sendense.console.alerts.AlertChannelService;
import com.sendense.console.alerts.AlertInputException;
import com.sendense.console.alerts.AlertKind;
import com.sendense.console.alerts.Channel;
import com.sendense.console.alerts.ChannelForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one channel. The stored password or secret is never shown: an empty field keeps it,
 * "remove" deletes it.
 */
class ChannelDialog extends Dialog {

    final TextField name = new TextField();
    final Checkbox enabled = new Checkbox();
    final TextField host = new TextField();
    final IntegerField port = new IntegerField();
    final Checkbox tls = new Checkbox();
    final TextField user = new TextField();
    final PasswordField secret = new PasswordField();
    final Checkbox removeSecret = new Checkbox();
    final EmailField from = new EmailField();
    final TextField url = new TextField();
    final CheckboxGroup<AlertKind> kinds = new CheckboxGroup<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Button delete = new Button();
    private final Channel.Type type;
    private final @Nullable Channel channel;
    private final AlertChannelService service;
    private final Runnable saved;

    ChannelDialog(Channel.Type type, @Nullable Channel channel, AlertChannelService service, Runnable saved) {
        this.type = type;
        this.channel = channel;
        this.service = service;
        this.saved = saved;
        boolean email = type == Channel.Type.EMAIL;
        setHeaderTitle(getTranslation(channel != null
                ? "alerts.channels.edit"
                : email ? "alerts.channels.add-email" : "alerts.channels.add-webhook"));
        name.setLabel(getTranslation("alerts.channels.name"));
        name.setRequired(true);
        enabled.setLabel(getTranslation("alerts.channels.enabled"));
        enabled.setValue(true);
        error.addClassName(LumoUtility.TextColor.ERROR);
        error.setVisible(false);
        var form = new FormLayout(name, enabled);
        if (email) {
            host.setLabel(getTranslation("alerts.channels.host"));
            port.setLabel(getTranslation("alerts.channels.port"));
            port.setValue(587);
            tls.setLabel(getTranslation("alerts.channels.tls"));
            tls.setValue(true);
            user.setLabel(getTranslation("alerts.channels.user"));
            secret.setLabel(getTranslation("alerts.channels.password"));
            from.setLabel(getTranslation("alerts.channels.from"));
            form.add(host, port, tls, user, secret, from);
        } else {
            url.setLabel(getTranslation("alerts.channels.url"));
            url.setHelperText(getTranslation("alerts.channels.url-help"));
            secret.setLabel(getTranslation("alerts.channels.secret"));
            secret.setHelperText(getTranslation("alerts.channels.secret-help"));
            kinds.setLabel(getTranslation("alerts.channels.kinds"));
            kinds.setItems(Arrays.stream(AlertKind.values()).filter(k -> k != AlertKind.MOUNT_EXPIRING).toList());
            kinds.setItemLabelGenerator(k -> getTranslation(k.key()));
            kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            form.add(url, secret, kinds);
            form.setColspan(url, 2);
            form.setColspan(kinds, 2);
        }
        if (channel != null) {
            fill(channel);
        }
        add(form, error);
        save.setText(getTranslation("alerts.channels.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("alerts.channels.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setVisible(channel != null);
        delete.addClickListener(e -> delete());
        getFooter().add(delete, new Button(getTranslation("alerts.channels.cancel"), e -> close()), save);
        setWidth("40rem");
    }

    private void fill(Channel c) {
        name.setValue(c.name());
        enabled.setValue(c.enabled());
        Channel.Smtp smtp = c.smtp();
        if (smtp != null) {
            host.setValue(smtp.host());
            port.setValue(smtp.port());
            tls.setValue(smtp.tls());
            user.setValue(smtp.user() == null ? "" : smtp.user());
            from.setValue(smtp.from());
        }
        url.setValue(c.url() == null ? "" : c.url());
        kinds.setValue(c.kinds());
        if (c.hasSecret()) {
            secret.setPlaceholder(getTranslation("alerts.channels.secret-kept"));
            removeSecret.setLabel(getTranslation("alerts.channels.secret-remove"));
            add(removeSecret);
        }
    }

    private void save() {
        String newSecret = removeSecret.getValue() ? "" : secret.getValue().isEmpty() ? null : secret.getValue();
        Channel.Smtp smtp = type == Channel.Type.EMAIL
                ? new Channel.Smtp(host.getValue(), port.getValue() == null ? 0 : port.getValue(), tls.getValue(),
                        user.getValue(), from.getValue())
                : null;
        try {
            service.save(channel == null ? null : channel.id(), new ChannelForm(type, name.getValue(),
                    enabled.getValue(), smtp, url.getValue(), newSecret, kinds.getValue()));
            saved.run();
            close();
        } catch (AlertInputException e) {
            error.setText(getTranslation(e.text().key(), e.text().args().toArray()));
            error.setVisible(true);
        }
    }

    private void delete() {
        if (channel != null) {
            service.delete(channel.id());
        }
        saved.run();
        close();
    }
}
