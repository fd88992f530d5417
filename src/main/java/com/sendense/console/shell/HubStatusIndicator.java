package com.sendense.console.shell;

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
        String where = status.demo() ? "Demo hub (simulated)" : "Hub";
        String auth = status.tokenConfigured() ? "token auth on" : "token auth off";
        StatusBadge badge = switch (status.state()) {
            case UP -> new StatusBadge(where + " · v" + status.version() + " · " + auth, StatusBadge.Tone.SUCCESS);
            case DOWN -> new StatusBadge(where + " unreachable", StatusBadge.Tone.ERROR);
            case UNKNOWN -> new StatusBadge(where + " · checking…", StatusBadge.Tone.NEUTRAL);
        };
        badge.setTitle(status.baseUrl() == null ? "No hub URL configured" : status.baseUrl().toString());
        badge.setId("hub-status");
        badgeHolder.add(badge);

        banner.setVisible(status.isDown());
        banner.removeAll();
        if (status.isDown()) {
            String why = status.problem() == null ? "" : " " + HubErrorMessages.explain(status.problem());
            banner.add(new Span("The hub at " + status.baseUrl() + " has been unreachable since "
                    + Formatters.dateTime(status.since(), zone, getLocale() == null ? Locale.UK : getLocale()) + "."
                    + why
                    + " Pages show the last data they loaded; this banner goes away when the hub answers again."));
        }
    }
}
