package com.sendense.hubsim.http;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Go's {@code http.Server.WriteTimeout}: the deadline is set when the request has been read, and
 * any write after it fails. The simulator records when each exchange arrived so that handlers
 * (including the restore half's downloads) can stop writing at the same moment the hub would.
 * Measured on the monotonic clock: this is transport behaviour, not hub time.
 */
public final class WriteDeadline {

    private static final Map<HttpExchange, Long> ARRIVALS = Collections.synchronizedMap(new WeakHashMap<>());

    private WriteDeadline() {
    }

    /** Called once per exchange, as early as possible. */
    public static void markArrival(HttpExchange exchange) {
        ARRIVALS.putIfAbsent(exchange, System.nanoTime());
    }

    /** Time left before Go would fail writes on this exchange; negative once passed. */
    public static Duration remaining(HttpExchange exchange, Duration writeTimeout) {
        long arrival = ARRIVALS.getOrDefault(exchange, System.nanoTime());
        return writeTimeout.minusNanos(System.nanoTime() - arrival);
    }

    /** True when a reply written now would never reach the client. */
    public static boolean passed(HttpExchange exchange, Duration writeTimeout) {
        return remaining(exchange, writeTimeout).isNegative();
    }

    /** Forgets the exchange once it is finished. */
    public static void forget(HttpExchange exchange) {
        ARRIVALS.remove(exchange);
    }
}
