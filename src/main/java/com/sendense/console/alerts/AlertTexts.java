package com.sendense.console.alerts;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.HubProperties;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * E-mail and webhook texts from the {@code alerts} bundle. Everything from the hub (VM, flow and
 * repository names, its error messages) goes into the HTML escaped, so a VM named {@code <script>} is
 * text in every mail client; times are in the hub's zone, as on the console's pages.
 */
@Component
class AlertTexts {

    private final ZoneId zone;

    AlertTexts(HubProperties hub) {
        this.zone = hub.timeZone();
    }

    Rendered alert(Delivery d) {
        Locale locale = Locale.forLanguageTag(d.language());
        String subject = subject(d, locale);
        List<String> lines = new ArrayList<>(lines(d, locale));
        return mail(locale, subject, lines);
    }

    Rendered digest(Delivery digest, List<Delivery> items) {
        Locale locale = Locale.forLanguageTag(digest.language());
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(locale, "alerts.digest.intro", items.size()));
        for (Delivery item : items) {
            lines.add("• " + Formatters.dateTime(item.occurredAt(), zone, locale) + ": " + subject(item, locale));
        }
        return mail(locale, Messages.get(locale, "alerts.digest.subject", items.size()), lines);
    }

    Rendered test(String channelName, Locale locale) {
        return mail(locale, Messages.get(locale, "alerts.test.subject"),
                List.of(Messages.get(locale, "alerts.test.body", channelName)));
    }

    /** The webhook's body: the event's fields plus an English summary for chat tools. */
    String json(Delivery d) {
        Rendered text = alert(new Delivery(d.id(), d.channelId(), d.userId(), d.address(), "en", d.kind(), d.causeKey(),
                d.subject(), d.vmName(), d.detail(), d.amount(), d.occurredAt(), d.state(), d.attempts(),
                d.nextAttemptAt(), d.lastError(), d.createdAt(), d.sentAt()));
        return "{\"id\":" + d.id() + ",\"kind\":" + Json.string(d.kind()) + ",\"cause\":" + Json.string(d.causeKey())
                + ",\"subject\":" + Json.string(d.subject()) + ",\"vm\":"
                + (d.vmName() == null ? "null" : Json.string(d.vmName())) + ",\"detail\":" + Json.string(d.detail())
                + ",\"amount\":" + d.amount() + ",\"occurredAt\":" + Json.string(d.occurredAt().toString())
                + ",\"summary\":" + Json.string(text.subject()) + ",\"text\":"
                + Json.string(String.join("\n", lines(d, Locale.ENGLISH))) + "}";
    }

    String testJson(String channelName) {
        Rendered text = test(channelName, Locale.ENGLISH);
        return "{\"kind\":\"TEST\",\"channel\":" + Json.string(channelName) + ",\"summary\":"
                + Json.string(text.subject()) + ",\"text\":" + Json.string(text.text()) + "}";
    }

    private String subject(Delivery d, Locale locale) {
        AlertKind kind = d.alertKind();
        return kind == null ? d.subject() : Messages.get(locale, kind.key() + ".subject", d.subject(), d.amount());
    }

    private List<String> lines(Delivery d, Locale locale) {
        AlertKind kind = d.alertKind();
        List<String> lines = new ArrayList<>();
        if (kind != null) {
            lines.add(Messages.get(locale, kind.key() + ".body", d.subject(), d.amount(),
                    Formatters.dateTime(d.occurredAt(), zone, locale)));
        }
        if (!d.detail().isBlank()) {
            lines.add(Messages.get(locale, "alerts.mail.detail", d.detail()));
        }
        return lines;
    }

    private static Rendered mail(Locale locale, String subject, List<String> lines) {
        String footer = Messages.get(locale, "alerts.mail.footer");
        String text = String.join("\n\n", lines) + "\n\n-- \n" + footer + "\n";
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><h2>")
                .append(HtmlUtils.htmlEscape(subject))
                .append("</h2>");
        lines.forEach(l -> html.append("<p>").append(HtmlUtils.htmlEscape(l)).append("</p>"));
        html.append("<hr><p style=\"color:#666;font-size:small\">")
                .append(HtmlUtils.htmlEscape(footer))
                .append("</p></body></html>");
        return new Rendered(subject, text, html.toString());
    }
}
