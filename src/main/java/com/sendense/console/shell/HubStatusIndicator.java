package com.sendense.console.shell;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.live.HubStatus;
import com.sendense.console.live.LiveUpdates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The hub's state in the navigation bar, and the banner that replaces it in the content while the hub
 * is unreachable; the banner goes away by itself when the hub answers again.
 */
class HubStatusIndicator extends Composite<Div> {

    final Div badgeHolder = new Div();
    final Div banner = new Div();
    private final ZoneId zone;

    HubStatusIndicator(LiveUpdates live, ZoneId zone) {
        this.zone = zone;
        getContent().addClassName("hub-status");
        getContent().add(badgeHolder);
        banner.addClassName("hub-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.setVisible(false);
        UiSubscriptions.whileAttached(this, ui -> live.subscribeHubStatus(UiSubscriptions.inUi(ui, this::render)));
    }

    void render(HubStatus status) {
        badgeHolder.removeAll();
        String where = getTranslation(status.demo() ? "shell.hub.demo" : "shell.hub.real");
        String auth = getTranslation(status.tokenConfigured() ? "shell.hub.tokenOn" : "shell.hub.tokenOff");
        StatusBadge badge = switch (status.state()) {
            case UP -> new StatusBadge(getTranslation("shell.hub.up", where, String.valueOf(status.version()), auth),
                    StatusBadge.Tone.SUCCESS);
            case DOWN -> new StatusBadge(getTranslation("shell.hub.down", where), StatusBadge.Tone.ERROR);
            case UNKNOWN -> new StatusBadge(getTranslation("shell.hub.checking", where), StatusBadge.Tone.NEUTRAL);
        };
        badge.setTitle(status.baseUrl() == null ? getTranslation("shell.hub.noUrl") : status.baseUrl().toString());
        badge.setId("hub-status");
        badgeHolder.add(badge);

        banner.setVisible(status.isDown());
        banner.removeAll();
        if (status.isDown()) {
            Locale locale = getLocale() == null ? Languages.DEFAULT : getLocale();
            String why = status.problem() == null ? "" : HubErrorMessages.explain(status.problem(), locale) + " ";
            banner.add(new Span(getTranslation("shell.hub.banner", String.valueOf(status.baseUrl()),
                    Formatters.dateTime(status.since(), zone, locale), why)));
        }
    }
}
