package com.sendense.console.alerts.ui;

import com.sendense.console.alerts.AlertKind;
import com.sendense.console.alerts.Channel;
import com.sendense.console.alerts.Delivery;
import com.sendense.console.alerts.DeliveryLogService;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.HubZone;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Administration → Delivery log: every alert message, its state, attempts and last error; "Send again". */
@Route("admin/alerts/log")
@Menu(order = 93, icon = "vaadin:list", title = "Delivery log")
@RolesAllowed(Roles.ADMIN)
class DeliveryLogView extends Main implements HasDynamicTitle {

    final Grid<Delivery> grid = new Grid<>();
    final Button refresh = new Button(VaadinIcon.REFRESH.create());
    private final DeliveryLogService service;
    private final ZoneId zone;
    private Map<Long, String> channelNames = Map.of();

    DeliveryLogView(DeliveryLogService service, HubZone zone) {
        this.service = service;
        this.zone = zone.zone();
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.Height.FULL);
        refresh.setText(getTranslation("alerts.log.refresh"));
        refresh.addClickListener(e -> refresh());
        grid.addColumn(d -> Formatters.dateTime(d.createdAt(), this.zone, getLocale()))
                .setHeader(getTranslation("alerts.log.created"))
                .setAutoWidth(true);
        ClippedText.addColumn(grid, d -> channelNames.getOrDefault(d.channelId(), ""))
                .setHeader(getTranslation("alerts.log.channel"));
        ClippedText.addColumn(grid, d -> d.address()).setHeader(getTranslation("alerts.log.address"));
        ClippedText.addColumn(grid, d -> what(d))
                .setKey("what")
                .setHeader(getTranslation("alerts.log.what"))
                .setFlexGrow(2);
        grid.addColumn(d -> getTranslation("alerts.log.state." + d.state().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("alerts.log.state"))
                .setAutoWidth(true);
        grid.addColumn(Delivery::attempts).setHeader(getTranslation("alerts.log.attempts")).setAutoWidth(true);
        ClippedText.addColumn(grid, d -> error(d))
                .setKey("error")
                .setHeader(getTranslation("alerts.log.error"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.sentAt() == null ? "" : Formatters.dateTime(d.sentAt(), this.zone, getLocale()))
                .setHeader(getTranslation("alerts.log.sent"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::again).setKey("again").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("alerts.log.empty"));
        add(new ViewToolbar(getTranslation("alerts.log.title"), ViewToolbar.group(refresh)), grid);
        refresh();
    }

    private String what(Delivery d) {
        AlertKind kind = d.alertKind();
        if (kind == null) {
            return getTranslation("alerts.log.digest", d.amount());
        }
        return getTranslation(kind.key()) + ": " + d.subject();
    }

    private String error(Delivery d) {
        String e = d.lastError();
        if (e == null) {
            return "";
        }
        return Messages.has(e) ? getTranslation(e) : e;
    }

    private Component again(Delivery d) {
        if (d.state() != Delivery.State.FAILED) {
            return new Span();
        }
        var button = new Button(getTranslation("alerts.log.send-again"));
        button.addThemeVariants(ButtonVariant.SMALL);
        button.addClickListener(e -> {
            if (service.sendAgain(d.id())) {
                Notifications.success(getTranslation("alerts.log.queued"));
            }
            refresh();
        });
        return button;
    }

    void refresh() {
        channelNames = service.channels().stream().collect(Collectors.toMap(Channel::id, Channel::name));
        grid.setItems(service.recent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.log.title");
    }
}
