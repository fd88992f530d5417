package com.sendense.console.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Vaadin client without a browser, for benchmarks that need more watching sessions than a
 * two-core machine can run Chromium for. It signs in through the form login, opens a UI the way
 * Flow's bootstrap does (the {@code v-r=init} request, then the {@code ui-navigate} event), connects
 * server push over Atmosphere's websocket transport as Flow's client does, and keeps the UI's
 * element tree up to date from every message the server sends, applying them in {@code syncId}
 * order. It renders nothing and runs no JavaScript: what it measures is when the server's changes
 * arrive, not how fast a browser paints them.
 *
 * <p>Only the parts of the protocol a watching page uses are spoken: tags, attributes, text nodes
 * and child lists. Anything else in a message (properties, listeners, lazy imports) is ignored.
 */
final class VaadinClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FEATURE_CHILDREN = 2;
    private static final int FEATURE_ATTRIBUTES = 3;
    private static final int FEATURE_TEXT = 7;

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final TreeMap<Integer, JsonNode> early = new TreeMap<>();
    private final StringBuilder pushBuffer = new StringBuilder();
    private LongConsumer onUpdate = at -> {};
    private int uiId;
    private String csrfToken;
    private String pushId;
    private int nextSyncId;
    private int clientId;
    private WebSocket push;
    private volatile String pushProblem = "";

    private VaadinClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in as {@code user} and opens {@code route?query} in a UI of its own, with push connected. */
    static VaadinClient open(URI base, String user, String password, String route, String query)
            throws IOException, InterruptedException {
        VaadinClient client = new VaadinClient(base);
        client.signIn(user, password);
        client.init(route, query);
        client.connectPush();
        client.navigate(route, query);
        return client;
    }

    /**
     * As {@link #open}, but with a cookie set before the first request: a load balancer's sticky-session cookie
     * sends the session to the instance it names.
     */
    static VaadinClient openPinned(URI base, String cookie, String value, String user, String password, String route,
            String query) throws IOException, InterruptedException {
        VaadinClient client = new VaadinClient(base);
        HttpCookie pin = new HttpCookie(cookie, value);
        pin.setPath("/");
        pin.setVersion(0);
        client.cookies.getCookieStore().add(base, pin);
        client.signIn(user, password);
        client.init(route, query);
        client.connectPush();
        client.navigate(route, query);
        return client;
    }

    /** The value of a cookie the client holds for its server, or "" (e.g. which instance a load balancer chose). */
    String cookie(String name) {
        return cookies.getCookieStore()
                .get(base)
                .stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    /** Called, with the arrival time in epoch millis, after each message from the server is applied. */
    synchronized void onUpdate(LongConsumer listener) {
        this.onUpdate = listener;
    }

    /** The text content of the element whose {@code id} attribute is {@code id}, or "" when absent. */
    synchronized String textOf(String id) {
        for (Node node : nodes.values()) {
            if (id.equals(node.attributes.get("id"))) {
                StringBuilder text = new StringBuilder();
                appendText(node, text);
                return text.toString();
            }
        }
        return "";
    }

    /** Every text node of the UI, in no particular order: enough to tell which page is open. */
    synchronized String allText() {
        StringBuilder text = new StringBuilder();
        nodes.values().stream().filter(n -> n.text != null).forEach(n -> text.append(n.text).append(' '));
        return text.toString();
    }

    /** How many elements and text nodes the client holds for the UI. */
    synchronized int nodeCount() {
        return nodes.size();
    }

    /**
     * What an open tab sends every heartbeat interval (30 s here) so that the server keeps its UI:
     * without it Vaadin closes the UI after three missed intervals.
     *
     * @return the HTTP status (200 when the server still knows the UI)
     */
    int heartbeat() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    /** Why the push connection closed or failed, or "" while it is open. */
    String pushProblem() {
        return pushProblem;
    }

    private void appendText(Node node, StringBuilder into) {
        if (node.text != null) {
            into.append(node.text);
        }
        for (int child : node.children) {
            Node childNode = nodes.get(child);
            if (childNode != null) {
                appendText(childNode, into);
            }
        }
    }

    private void signIn(String user, String password) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers
                        .ofString("username=" + encode(user) + "&password=" + encode(password))));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in as " + user + " refused: " + response.statusCode() + " " + location);
        }
    }

    private void init(String route, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(base.resolve("/?v-r=init&location=" + encode(route) + "&query=" + encode(query)))
                        .GET());
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        String pushId = uidl.path("Vaadin-Push-ID").asString();
        if (csrfToken.isEmpty() || pushId.isEmpty()) {
            throw new IllegalStateException("the init response has no security key or push id: " + response.body());
        }
        receive(uidl);
        this.pushId = pushId;
    }

    private void connectPush() {
        String scheme = base.getScheme().equals("https") ? "wss" : "ws";
        URI uri = URI.create(scheme + "://" + base.getAuthority() + "/VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + encode(pushId) + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true" + "&Content-Type="
                + encode("application/json; charset=UTF-8") + "&X-atmo-protocol=true");
        push = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new PushListener())
                .join();
    }

    private void navigate(String route, String query) throws IOException, InterruptedException {
        String message = JSON
                .writeValueAsString(Map.of("csrfToken", csrfToken, "rpc",
                        List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data",
                                Map.of("route", route, "query", query, "appShellTitle", "", "historyState",
                                        Map.of("idx", 0), "trigger", ""))),
                        "syncId", nextSyncId - 1, "clientId", clientId));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("navigation to " + route + " failed: " + response.statusCode());
        }
        clientId++;
        receive(JSON.readTree(unwrap(response.body())));
    }

    /** Applies one server message, or keeps it until the messages before it have arrived. */
    private synchronized void receive(JsonNode message) {
        long at = System.currentTimeMillis();
        int syncId = message.path("syncId").asInt(-1);
        if (syncId < 0) {
            return;
        }
        early.put(syncId, message);
        boolean applied = false;
        while (!early.isEmpty() && early.firstKey() <= nextSyncId) {
            var next = early.pollFirstEntry();
            if (next.getKey() == nextSyncId) {
                apply(next.getValue().path("changes"));
                nextSyncId++;
                applied = true;
            }
        }
        if (applied) {
            onUpdate.accept(at);
        }
    }

    private void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("attach")) {
                nodes.put(id, new Node());
                continue;
            }
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, key -> new Node());
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asString("");
            switch (type) {
                case "put" -> {
                    String value = change.path("value").isValueNode() ? change.path("value").asString() : null;
                    if (feature == FEATURE_ATTRIBUTES) {
                        node.attributes.put(key, value);
                    } else if (feature == FEATURE_TEXT && key.equals("text")) {
                        node.text = value;
                    }
                }
                case "remove" -> {
                    if (feature == FEATURE_ATTRIBUTES) {
                        node.attributes.remove(key);
                    }
                }
                case "clear" -> {
                    if (feature == FEATURE_CHILDREN) {
                        node.children.clear();
                    }
                }
                case "splice" -> {
                    if (feature == FEATURE_CHILDREN) {
                        int index = change.path("index").asInt();
                        int remove = change.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < node.children.size(); i++) {
                            node.children.remove(index);
                        }
                        List<Integer> added = new ArrayList<>();
                        change.path("addNodes").forEach(n -> added.add(n.asInt()));
                        node.children.addAll(Math.min(index, node.children.size()), added);
                    }
                }
                default -> {
                    // Other change types do not affect tags, attributes or text.
                }
            }
        }
    }

    /**
     * Atmosphere frames each message as {@code length|message} (TrackMessageSize) and may split a
     * message over websocket frames or put several in one; its first message is the protocol's
     * handshake ({@code uuid|heartbeat|...}), then come UIDL messages and heartbeats.
     */
    private void pushed(CharSequence data) {
        List<String> messages = new ArrayList<>();
        synchronized (pushBuffer) {
            pushBuffer.append(data);
            while (true) {
                int bar = pushBuffer.indexOf("|");
                if (bar <= 0 || !pushBuffer.substring(0, bar).chars().allMatch(Character::isDigit)) {
                    break;
                }
                int length = Integer.parseInt(pushBuffer.substring(0, bar));
                if (pushBuffer.length() < bar + 1 + length) {
                    break;
                }
                messages.add(pushBuffer.substring(bar + 1, bar + 1 + length));
                pushBuffer.delete(0, bar + 1 + length);
            }
        }
        for (String message : messages) {
            String body = unwrap(message);
            if (body.startsWith("{")) {
                receive(JSON.readTree(body));
            }
        }
    }

    /** UIDL travels as a JSON object, sometimes inside {@code for(;;);[...]}. */
    private static String unwrap(String message) {
        String body = message.strip();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length()).strip();
        }
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1).strip();
        }
        return body;
    }

    /** Leaves as a closing tab does: the unload beacon tells the server to close the UI, then push closes. */
    @Override
    public void close() {
        try {
            String message = JSON.writeValueAsString(Map.of("csrfToken", csrfToken, "rpc", List.of(), "syncId",
                    nextSyncId - 1, "clientId", clientId, "UNLOAD", true));
            send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message)));
        } catch (IOException e) {
            // The server is going away too: nothing to tell it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (push != null) {
                push.abort();
            }
            http.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final class Node {

        private final Map<String, String> attributes = new HashMap<>();
        private final List<Integer> children = new ArrayList<>();
        private String text;
    }

    private final class PushListener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            pushed(data);
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            pushProblem = "push closed by the server: " + statusCode + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            pushProblem = "push failed: " + error;
        }
    }
}
