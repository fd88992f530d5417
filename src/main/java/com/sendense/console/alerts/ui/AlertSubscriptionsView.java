package com.sendense.console.alerts.ui;

import com.sendense.console.alerts.AlertInputException;
import com.sendense.console.alerts.AlertKind;
import com.sendense.console.alerts.Channel;
import com.sendense.console.alerts.MySubscriptions;
import com.sendense.console.alerts.SubscriptionService;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Alerts: the signed-in user's address, digest choice and the events they want per e-mail channel. */
@Route("alerts")
@Menu(order = 80, icon = "vaadin:bell", title = "Alerts")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
class AlertSubscriptionsView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Checkbox digest = new Checkbox();
    final Map<Long, CheckboxGroup<AlertKind>> kinds = new HashMap<>();
    final Button save = new Button();
    private final SubscriptionService service;

    AlertSubscriptionsView(SubscriptionService service) {
        this.service = service;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        MySubscriptions mine = service.mine();
        email.setLabel(getTranslation("alerts.subscriptions.email"));
        email.setHelperText(getTranslation("alerts.subscriptions.email-help"));
        email.setValue(mine.email());
        email.setWidth("24rem");
        digest.setLabel(getTranslation("alerts.subscriptions.digest"));
        digest.setValue(mine.digest());
        save.setText(getTranslation("alerts.subscriptions.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        add(new ViewToolbar(getTranslation("alerts.subscriptions.title")));
        add(new Paragraph(getTranslation("alerts.subscriptions.intro")));
        if (mine.channels().isEmpty()) {
            add(new Paragraph(getTranslation("alerts.subscriptions.no-channel")));
            return;
        }
        add(email, digest);
        for (Channel channel : mine.channels()) {
            CheckboxGroup<AlertKind> group = new CheckboxGroup<>();
            group.setLabel(getTranslation("alerts.subscriptions.channel", channel.name()));
            group.setItems(mine.offered());
            group.setItemLabelGenerator(k -> getTranslation(k.key()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setValue(mine.kinds(channel.id()));
            kinds.put(channel.id(), group);
            add(group);
        }
        add(save);
    }

    private void save() {
        Map<Long, Set<AlertKind>> chosen = new HashMap<>();
        kinds.forEach((id, group) -> chosen.put(id, group.getValue()));
        try {
            service.save(email.getValue(), digest.getValue(), chosen);
            Notifications.success(getTranslation("alerts.subscriptions.saved"));
        } catch (AlertInputException e) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation(e.text().key(), e.text().args().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.subscriptions.title");
    }
}
