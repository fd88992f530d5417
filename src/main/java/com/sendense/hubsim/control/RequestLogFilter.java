package com.sendense.hubsim.control;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

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
        AtomicBoolean recorded = new AtomicBoolean();
        Runnable record = () -> {
            if (recorded.compareAndSet(false, true)) {
                int code = exchange.getResponseCode();
                String query = exchange.getRequestURI().getRawQuery();
                log.record(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        query == null ? "" : query, code < 0 ? null : code, at);
            }
        };
        // Logged before the first body byte leaves: a client that has read a response must find it in the
        // log, or a test reading the log right after its last request races with this filter.
        exchange.setStreams(null, new FilterOutputStream(exchange.getResponseBody()) {

            @Override
            public void write(int b) throws IOException {
                record.run();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                record.run();
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                record.run();
                out.close();
            }
        });
        try {
            chain.doFilter(exchange);
        } finally {
            record.run();
        }
    }

    @Override
    public String description() {
        return "Sendense hub simulator request log";
    }
}
