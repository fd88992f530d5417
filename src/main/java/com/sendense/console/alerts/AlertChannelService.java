package com.sendense.console.alerts;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Administration → Alert channels: e-mail servers and webhooks, and "Send test". */
@Service
public class AlertChannelService {

    private final ChannelStore store;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final AlertTexts texts;
    private final Clock clock;
    private final Executor tests = Executors.newVirtualThreadPerTaskExecutor();

    AlertChannelService(ChannelStore store, MailSender mail, WebhookSender webhooks, AlertTexts texts, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.webhooks = webhooks;
        this.texts = texts;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Channel> channels() {
        return store.all();
    }

    /** {@code id} null creates. */
    @RolesAllowed(Roles.ADMIN)
    public Channel save(@Nullable Long id, ChannelForm form) {
        ChannelForm checked = check(form);
        try {
            long saved = id == null ? store.insert(checked, clock.instant()) : update(id, checked);
            return store.find(saved).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new AlertInputException(Text.of("alerts.error.name-taken", form.name()));
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long id) {
        store.delete(id);
    }

    /**
     * Sends a test message now, on a thread of its own, so the page stays responsive however long the
     * server takes; the future ends with the server's words when it failed, empty when it was accepted.
     */
    @RolesAllowed(Roles.ADMIN)
    public CompletableFuture<Optional<String>> sendTest(long id, @Nullable String emailTo, Locale locale) {
        Channel channel = store.find(id).orElseThrow(() -> new AlertInputException(Text.of("alerts.error.gone")));
        String to = channel.type() == Channel.Type.EMAIL ? Addresses.email(emailTo) : "";
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (channel.type() == Channel.Type.EMAIL) {
                    mail.send(channel, to, texts.test(channel.name(), locale), "sendense-test-" + clock.millis());
                } else {
                    webhooks.send(channel, texts.testJson(channel.name()), "sendense-test-" + clock.millis());
                }
                return Optional.empty();
            } catch (DeliveryException e) {
                return Optional.of(e.getMessage());
            }
        }, tests);
    }

    private long update(long id, ChannelForm form) {
        store.find(id).orElseThrow(() -> new AlertInputException(Text.of("alerts.error.gone")));
        store.update(id, form);
        return id;
    }

    private static ChannelForm check(ChannelForm form) {
        String name = form.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new AlertInputException(Text.of("alerts.error.name"));
        }
        if (form.type() == Channel.Type.EMAIL) {
            Channel.Smtp smtp = form.smtp();
            if (smtp == null || smtp.host().isBlank() || smtp.host().length() > 255) {
                throw new AlertInputException(Text.of("alerts.error.host"));
            }
            if (smtp.port() < 1 || smtp.port() > 65535) {
                throw new AlertInputException(Text.of("alerts.error.port"));
            }
            var clean = new Channel.Smtp(smtp.host().strip(), smtp.port(), smtp.tls(),
                    smtp.user() == null || smtp.user().isBlank() ? null : smtp.user().strip(),
                    Addresses.email(smtp.from()));
            return new ChannelForm(form.type(), name, form.enabled(), clean, null, form.secret(), form.kinds());
        }
        return new ChannelForm(form.type(), name, form.enabled(), null, Addresses.webhookUrl(form.url()), form.secret(),
                form.kinds());
    }
}
