package com.sendense.console.alerts.ui;

import com.sendense.console.alerts.AlertChannelService;
import com.sendense.console.alerts.AlertInputException;
import com.sendense.console.alerts.Channel;
import com.sendense.console.alerts.SubscriptionService;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Administration → Alert channels. "Send test" runs off the request thread and shows the server's real
 * answer when it comes (push), so a mail server that does not answer never freezes the page.
 */
@Route("admin/alerts/channels")
@Menu(order = 92, icon = "vaadin:envelope", title = "Alert channels")
@RolesAllowed(Roles.ADMIN)
class AlertChannelsView extends Main implements HasDynamicTitle {

    final Grid<Channel> grid = new Grid<>();
    final EmailField testAddress = new EmailField();
    final Paragraph outcome = new Paragraph();
    final Button addEmail = new Button(VaadinIcon.ENVELOPE.create());
    final Button addWebhook = new Button(VaadinIcon.CONNECT.create());
    @Nullable
    CompletableFuture<Optional<String>> runningTest;
    private final AlertChannelService service;

    AlertChannelsView(AlertChannelService service, SubscriptionService subscriptions) {
        this.service = service;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        addEmail.setText(getTranslation("alerts.channels.add-email"));
        addEmail.addClickListener(e -> new ChannelDialog(Channel.Type.EMAIL, null, service, this::refresh).open());
        addWebhook.setText(getTranslation("alerts.channels.add-webhook"));
        addWebhook.addClickListener(e -> new ChannelDialog(Channel.Type.WEBHOOK, null, service, this::refresh).open());
        testAddress.setLabel(getTranslation("alerts.channels.test-address"));
        testAddress.setValue(subscriptions.mine().email());
        testAddress.setWidth("20rem");
        outcome.setVisible(false);

        ClippedText.addColumn(grid, c -> c.name()).setHeader(getTranslation("alerts.channels.name"));
        grid.addColumn(
                c -> getTranslation("alerts.channels.type." + c.type().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("alerts.channels.type"))
                .setAutoWidth(true);
        ClippedText.addColumn(grid, c -> target(c)).setHeader(getTranslation("alerts.channels.target"));
        grid.addColumn(c -> getTranslation(c.enabled() ? "alerts.channels.on" : "alerts.channels.off"))
                .setHeader(getTranslation("alerts.channels.enabled"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("alerts.channels.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("alerts.channels.empty"));
        grid.setAllRowsVisible(true);

        add(new ViewToolbar(getTranslation("alerts.channels.title"), ViewToolbar.group(addEmail, addWebhook)));
        add(new Paragraph(getTranslation("alerts.channels.intro")), testAddress, grid, outcome);
        refresh();
    }

    private Span actions(Channel c) {
        var edit = new Button(getTranslation("alerts.channels.edit"),
                e -> new ChannelDialog(c.type(), c, service, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.SMALL);
        var test = new Button(getTranslation("alerts.channels.test"));
        test.addThemeVariants(ButtonVariant.SMALL);
        test.addClickListener(e -> sendTest(c, test));
        return new Span(edit, test);
    }

    void sendTest(Channel c, Button button) {
        UI ui = UI.getCurrent();
        try {
            runningTest = service.sendTest(c.id(), testAddress.getValue(), getLocale());
        } catch (AlertInputException e) {
            show(getTranslation(e.text().key(), e.text().args().toArray()), false);
            return;
        }
        button.setEnabled(false);
        show(getTranslation("alerts.channels.test-running", c.name()), true);
        runningTest.whenComplete((result, failure) -> ui.access(() -> {
            button.setEnabled(true);
            if (failure == null && result.isEmpty()) {
                show(getTranslation("alerts.channels.test-ok", c.name()), true);
            } else {
                String why = failure != null ? String.valueOf(failure.getMessage()) : result.orElse("");
                show(getTranslation("alerts.channels.test-failed", c.name(), why), false);
            }
        }));
    }

    private void show(String text, boolean ok) {
        outcome.setText(text);
        outcome.setVisible(true);
        outcome.removeClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextColor.SUCCESS);
        outcome.addClassName(ok ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
    }

    private static String target(Channel c) {
        Channel.Smtp smtp = c.smtp();
        return smtp != null ? smtp.host() + ":" + smtp.port() : String.valueOf(c.url());
    }

    private void refresh() {
        grid.setItems(service.channels());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.channels.title");
    }
}
