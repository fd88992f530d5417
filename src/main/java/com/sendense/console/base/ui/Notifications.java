package com.sendense.console.base.ui;

import com.sendense.console.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;

/** Success is short; warnings and errors stay until closed and are announced assertively to screen readers. */
public final class Notifications {

    private static final int SUCCESS_MS = 4000;

    private Notifications() {}

    public static Notification success(String text) {
        var n = new Notification(text, SUCCESS_MS, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.open();
        return n;
    }

    public static Notification success(String text, Component action) {
        var n = closable(text, action, NotificationVariant.LUMO_SUCCESS, Notification.Position.BOTTOM_END);
        n.setDuration(8000);
        n.open();
        return n;
    }

    public static Notification warning(String text) {
        return warning(text, null);
    }

    public static Notification warning(String text, @Nullable Component action) {
        var n = closable(text, action, NotificationVariant.LUMO_WARNING, Notification.Position.TOP_CENTER);
        n.setAssertive(true);
        n.open();
        return n;
    }

    public static Notification error(String text) {
        var n = closable(text, null, NotificationVariant.LUMO_ERROR, Notification.Position.TOP_CENTER);
        n.setAssertive(true);
        n.open();
        return n;
    }

    private static Notification closable(String text, @Nullable Component action, NotificationVariant variant,
            Notification.Position position) {
        var n = new Notification();
        n.addThemeVariants(variant);
        n.setPosition(position);
        n.setDuration(0);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(Messages.get(UiLocale.current(), "base.notification.close"));
        var content = new HorizontalLayout(new Span(text));
        if (action != null) {
            content.add(action);
        }
        content.add(close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        return n;
    }
}
