package com.sendense.hubsim.restore;

import com.sendense.hubsim.json.GoJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * As Go's {@code net/http} writes it: without a Content-Length the handler gets one if the body fits the 2 KiB
 * buffer, a chunked body otherwise. All bytes go through the write deadline and the download pace.
 */
final class GoResponse {

    /** Go's {@code bufferBeforeChunkingSize}. */
    private static final int BUFFER_BEFORE_CHUNKING = 2048;

    private final HttpExchange exchange;
    private final long startNanos;
    private final long deadlineNanos;
    private long bytesPerSecond;
    private boolean headersSent;

    GoResponse(HttpExchange exchange, long startNanos, long deadlineNanos) {
        this.exchange = exchange;
        this.startNanos = startNanos;
        this.deadlineNanos = deadlineNanos;
    }

    /** Paces the body to {@code bytesPerSecond} (0 = unlimited): the simulated download speed. */
    GoResponse paced(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        return this;
    }

    GoResponse header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
        return this;
    }

    /** Whether the status line has gone out (errors can then no longer be reported). */
    boolean committed() {
        return headersSent;
    }

    /** {@code json.NewEncoder(w).Encode(v)} with {@code Content-Type: application/json}. */
    void json(int status, Object value) throws IOException {
        header("Content-Type", "application/json");
        OutputStream body = body(status);
        body.write(GoJson.encode(value).getBytes(StandardCharsets.UTF_8));
        body.close();
    }

    /** {@code {"error":"..."}}, the restore handlers' {@code sendError}. */
    void error(int status, String message) throws IOException {
        var map = GoJson.map();
        map.put("error", message);
        json(status, map);
    }

    /** Close it to finish the response, and only then: after a failure, let the exception drop the connection. */
    OutputStream body(int status) {
        return new OutputStream() {

            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            private @Nullable OutputStream streaming;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (streaming == null && buffer.size() + len <= BUFFER_BEFORE_CHUNKING) {
                    buffer.write(b, off, len);
                    return;
                }
                if (streaming == null) {
                    streaming = start(status, 0);
                    buffer.writeTo(streaming);
                }
                streaming.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (streaming != null) {
                    streaming.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (streaming == null) {
                    OutputStream out = start(status, buffer.size() == 0 ? -1 : buffer.size());
                    buffer.writeTo(out);
                }
                exchange.close();
            }
        };
    }

    OutputStream fixedBody(int status, long length) throws IOException {
        OutputStream out = start(status, length == 0 ? -1 : length);
        return new OutputStream() {

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                exchange.close();
            }
        };
    }

    void empty(int status) throws IOException {
        start(status, -1);
        exchange.close();
    }

    private OutputStream start(int status, long length) throws IOException {
        if (System.nanoTime() - deadlineNanos >= 0) {
            // Go would not even get the headers out
            throw new WriteTimeoutException();
        }
        exchange.sendResponseHeaders(status, length);
        headersSent = true;
        return new TimedOutputStream(exchange.getResponseBody(), startNanos, deadlineNanos, bytesPerSecond);
    }
}
