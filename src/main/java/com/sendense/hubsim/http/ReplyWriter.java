package com.sendense.hubsim.http;

import com.sendense.hubsim.json.GoJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Writes a {@link Reply} as Go's {@code net/http} would, including {@code WriteTimeout}: a reply
 * ready only after the deadline never reaches the client.
 */
public final class ReplyWriter {

    /** Go buffers this many bytes before it falls back to chunked encoding. */
    private static final int GO_CHUNKING_THRESHOLD = 2048;

    private final Duration writeTimeout;

    public ReplyWriter(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public void write(HttpExchange exchange, Reply reply) throws IOException {
        if (!(reply instanceof Reply.Drop) && WriteDeadline.passed(exchange, writeTimeout)) {
            reply = new Reply.Drop();
        }
        switch (reply) {
            case Reply.Json(int status, Object body) -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                send(exchange, status, GoJson.encode(body).getBytes(StandardCharsets.UTF_8));
            }
            case Reply.Text(int status, String text) -> {
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
            }
            case Reply.Empty(int status) -> {
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            }
            case Reply.Raw(int status, Map<String, String> headers, byte[] body) -> {
                headers.forEach(exchange.getResponseHeaders()::set);
                send(exchange, status, body);
            }
            case Reply.Redirect(String location) -> {
                exchange.getResponseHeaders().set("Location", location);
                exchange.sendResponseHeaders(301, -1);
                exchange.close();
            }
            case Reply.Drop() -> drop(exchange);
        }
    }

    /** Before the headers, so the JDK server closes the socket with nothing sent. */
    public static void drop(HttpExchange exchange) {
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length <= GO_CHUNKING_THRESHOLD ? body.length : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
