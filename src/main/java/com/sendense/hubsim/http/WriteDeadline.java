package com.sendense.hubsim.http;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Go's {@code http.Server.WriteTimeout}: set once the request is read, any later write fails.
 * Monotonic clock: transport behaviour, not hub time.
 */
public final class WriteDeadline {

    private static final Map<HttpExchange, Long> ARRIVALS = Collections.synchronizedMap(new WeakHashMap<>());

    private WriteDeadline() {}

    /** Once per exchange, as early as possible. */
    public static void markArrival(HttpExchange exchange) {
        ARRIVALS.putIfAbsent(exchange, System.nanoTime());
    }

    /** Negative once passed. */
    public static Duration remaining(HttpExchange exchange, Duration writeTimeout) {
        long arrival = ARRIVALS.getOrDefault(exchange, System.nanoTime());
        return writeTimeout.minusNanos(System.nanoTime() - arrival);
    }

    public static boolean passed(HttpExchange exchange, Duration writeTimeout) {
        return remaining(exchange, writeTimeout).isNegative();
    }

    public static void forget(HttpExchange exchange) {
        ARRIVALS.remove(exchange);
    }
}
