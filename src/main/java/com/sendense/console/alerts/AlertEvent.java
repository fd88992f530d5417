package com.sendense.console.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence the detector found. {@code causeKey} names the cause (raised once until it clears);
 * {@code subject} is what it is about as the hub names it (a VM, a flow, a repository; never markup);
 * {@code detail} the hub's or the console's own words, shown as text; {@code amount} a number the text
 * needs (percent full, days until full, minutes left), 0 otherwise.
 */
public record AlertEvent(AlertKind kind, String causeKey, String subject, @Nullable String vmName,
        @Nullable String owner, String detail, long amount, Instant occurredAt) {

    public static AlertEvent of(AlertKind kind, String cause, String subject, @Nullable String vmName, String detail,
            long amount, Instant at) {
        return new AlertEvent(kind, kind.name() + ":" + cause, subject, vmName, null, detail, amount, at);
    }

    public AlertEvent ownedBy(@Nullable String user) {
        return new AlertEvent(kind, causeKey, subject, vmName, user, detail, amount, occurredAt);
    }
}
