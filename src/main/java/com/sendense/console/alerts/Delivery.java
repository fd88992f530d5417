package com.sendense.console.alerts;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the outbox: an alert (or a digest, {@code kind} {@value #DIGEST}) for one address of one
 * channel. {@code lastError} is the mail server's or webhook's own words, or a key of the {@code alerts}
 * bundle for the console's.
 */
public record Delivery(long id, long channelId, @Nullable Long userId, String address, String language, String kind,
        String causeKey, String subject, @Nullable String vmName, String detail, long amount, Instant occurredAt,
        State state, int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
        @Nullable Instant sentAt) implements Serializable {

    public static final String DIGEST = "DIGEST";

    public enum State {
        PENDING, SENDING, SENT, FAILED, HELD, DIGESTED
    }

    public boolean digest() {
        return DIGEST.equals(kind);
    }

    public @Nullable AlertKind alertKind() {
        for (AlertKind k : AlertKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
