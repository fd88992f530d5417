package com.sendense.hubsim.control;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** Records every hub request, including ones a fault dropped; runs outside the fault filter for that reason. */
public final class RequestLogFilter extends Filter {

    private final RequestLog log;
    private final Clock clock;

    public RequestLogFilter(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Instant at = clock.instant();
        try {
            chain.doFilter(exchange);
        } finally {
            int code = exchange.getResponseCode();
            String query = exchange.getRequestURI().getRawQuery();
            log.record(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), query == null ? "" : query,
                    code < 0 ? null : code, at);
        }
    }

    @Override
    public String description() {
        return "Sendense hub simulator request log";
    }
}
