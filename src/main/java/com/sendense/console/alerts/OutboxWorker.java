package com.sendense.console.alerts;

import com.sendense.console.live.OneRunAtATime;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on the scheduler's own thread (never a request thread). No cluster lock:
 * every instance may send, each row goes to whoever claims it first. A failed attempt is retried after
 * an exponentially growing wait until {@code max-attempts}; then it fails for an administrator to see.
 */
@Component
class OutboxWorker {

    static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final Outbox outbox;
    private final ChannelStore channels;
    private final AlertTexts texts;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final AlertProperties properties;
    private final Clock clock;
    private final String worker = "worker-" + UUID.randomUUID();
    private final OneRunAtATime runs = new OneRunAtATime(log, "Sending alerts failed unexpectedly");

    OutboxWorker(Outbox outbox, ChannelStore channels, AlertTexts texts, MailSender mail, WebhookSender webhooks,
            AlertProperties properties, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.texts = texts;
        this.mail = mail;
        this.webhooks = webhooks;
        this.properties = properties;
        this.clock = clock;
    }

    @Async
    @Scheduled(fixedDelayString = "${console.alerts.send-interval:5s}", initialDelayString = "${console.alerts.send-interval:5s}")
    void trigger() {
        runs.run(this::pollOnce);
    }

    /** One batch. Tests call it. */
    int pollOnce() {
        Instant now = clock.instant();
        int abandoned = outbox.abandonStale(now);
        if (abandoned > 0) {
            log.warn("{} alert(s) were being sent by a console that stopped; marked failed, outcome unknown",
                    abandoned);
        }
        int sent = 0;
        for (Delivery d : outbox.claim(worker, now, now.plus(properties.claimTimeout()), BATCH)) {
            if (deliver(d)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Delivery d) {
        Optional<Channel> channel = channels.find(d.channelId());
        try {
            if (channel.isEmpty() || !channel.get().enabled()) {
                throw new DeliveryException("alerts.log.channel-off");
            }
            String id = "sendense-alert-" + d.id();
            if (channel.get().type() == Channel.Type.EMAIL) {
                Rendered message = d.digest() ? texts.digest(d, outbox.digestItems(d.id())) : texts.alert(d);
                mail.send(channel.get(), d.address(), message, id);
            } else {
                webhooks.send(channel.get(), texts.json(d), id);
            }
            outbox.sent(d.id(), worker, clock.instant());
            return true;
        } catch (DeliveryException e) {
            Instant retry = d.attempts() >= properties.maxAttempts()
                    ? null
                    : clock.instant().plus(properties.backoff(d.attempts()));
            log.warn("Alert {} to {} failed (attempt {}): {}", d.id(), d.address(), d.attempts(), e.getMessage());
            outbox.attemptFailed(d.id(), worker, e.getMessage(), retry);
            return false;
        }
    }
}
