package com.sendense.hubsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small blocking HTTP client for tests against a running simulator. */
public final class SimHttp {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * HTTP/1.1 like the hub (Go's server does not upgrade to h2c); the JDK client would otherwise try an h2c upgrade
     * first.
     */
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private String token = "";

    public SimHttp(URI base) {
        this.base = base;
    }

    /** A client of {@code hub}'s control API: its own loopback listener, with its bearer token. */
    public static SimHttp control(HubSimulator hub) {
        return new SimHttp(hub.controlUrl()).withToken(hub.controlToken());
    }

    /** A response with its body as text. */
    public record Response(int status, Optional<String> contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    /** Sends {@code Authorization: Bearer <token>} from now on ("" sends no header). */
    public SimHttp withToken(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    public Response get(String pathAndQuery) {
        return send(builder(pathAndQuery).GET());
    }

    /** A GET with a literal {@code Authorization} header value. */
    public Response getWithAuthorization(String pathAndQuery, String authorization) {
        return send(builder(pathAndQuery).header("Authorization", authorization).GET());
    }

    public Response delete(String pathAndQuery) {
        return send(builder(pathAndQuery).DELETE());
    }

    public Response post(String pathAndQuery, String body) {
        return send(builder(pathAndQuery).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method with a body, e.g. {@code PUT} or {@code PATCH}. */
    public Response send(String method, String pathAndQuery, String body) {
        return send(builder(pathAndQuery).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response method(String method, String pathAndQuery) {
        return send(builder(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends and lets an {@link IOException} through (for dropped connections). */
    public Response sendRaw(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> r = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type"), r.body(), r.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public HttpRequest.Builder builder(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (!token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return sendRaw(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
