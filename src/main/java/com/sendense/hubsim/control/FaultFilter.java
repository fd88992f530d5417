package com.sendense.hubsim.control;

import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.http.ReplyWriter;
import com.sendense.hubsim.http.WriteDeadline;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A slow request still reaches the hub's handler after the delay, so a slow {@code POST /backups} starts
 * a backup even when the client gave up (past the write timeout its answer is lost, as on the real hub).
 * Control-API paths are never faulted, so a test can always clear its faults.
 */
public final class FaultFilter extends Filter {

    private final FaultRegistry faults;
    private final ReplyWriter writer;

    public FaultFilter(FaultRegistry faults, ReplyWriter writer) {
        this.faults = faults;
        this.writer = writer;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        WriteDeadline.markArrival(exchange);
        String path = Optional.ofNullable(exchange.getRequestURI().getPath()).orElse("/");
        Optional<FaultSpec> fault = path.startsWith("/_sim/")
                ? Optional.empty()
                : faults.take(exchange.getRequestMethod(), path);
        if (fault.isEmpty()) {
            chain.doFilter(exchange);
            return;
        }
        FaultSpec spec = fault.get();
        switch (spec.action()) {
            case SLOW -> {
                sleep(spec);
                chain.doFilter(exchange);
            }
            case STATUS -> writer.write(exchange,
                    new Reply.Raw(spec.status(),
                            spec.body().isEmpty() ? Map.of() : Map.of("Content-Type", spec.contentType()),
                            spec.body().getBytes(StandardCharsets.UTF_8)));
            case DROP -> ReplyWriter.drop(exchange);
            case TRUNCATE -> {
                exchange.setStreams(null,
                        new TruncatingOutputStream(exchange.getResponseBody(), spec.truncateAfterBytes()));
                chain.doFilter(exchange);
            }
        }
    }

    private static void sleep(FaultSpec spec) throws IOException {
        try {
            Thread.sleep(spec.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while delaying a request", e);
        }
    }

    @Override
    public String description() {
        return "Sendense hub simulator fault injection";
    }
}
