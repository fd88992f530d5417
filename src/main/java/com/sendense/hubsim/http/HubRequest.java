package com.sendense.hubsim.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The body is read lazily, at most once. */
public final class HubRequest {

    private final HttpExchange exchange;
    private final Map<String, String> vars;
    private final GoQuery query;
    private final Instant receivedAt;
    private byte @Nullable [] body;

    public HubRequest(HttpExchange exchange, Map<String, String> vars, Instant receivedAt) {
        this.exchange = exchange;
        this.vars = Map.copyOf(vars);
        this.query = GoQuery.parse(exchange.getRequestURI().getRawQuery());
        this.receivedAt = receivedAt;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    public String var(String name) {
        String value = vars.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No path variable " + name);
        }
        return value;
    }

    /** Go's {@code r.URL.Query().Get}: the first value, or {@code ""}. */
    public String query(String name) {
        return query.get(name);
    }

    /** Like Go's {@code r.Header.Get}: the first value, or {@code ""}. */
    public String header(String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    public byte[] body() {
        if (body == null) {
            try {
                body = exchange.getRequestBody().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /** On the simulator's clock. */
    public Instant receivedAt() {
        return receivedAt;
    }
}
