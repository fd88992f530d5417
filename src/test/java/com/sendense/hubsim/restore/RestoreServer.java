package com.sendense.hubsim.restore;

import com.sendense.hubsim.MutableClock;
import com.sendense.hubsim.SimulatorConfig;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JDK HttpServer hosting only the {@link RestoreHandler}, and an HttpClient to call it. */
final class RestoreServer implements AutoCloseable {

    /** Like the fixtures: 9 October 2025, 09:12:44.917340571 BST. */
    static final Instant START = Instant.parse("2025-10-09T08:12:44.917340571Z");

    static final JsonMapper JSON = JsonMapper.builder().build();

    final MutableClock clock = new MutableClock(START);
    final TestCatalog catalog = new TestCatalog();
    final RestoreHandler handler;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    RestoreServer() {
        this(c -> c);
    }

    RestoreServer(java.util.function.UnaryOperator<SimulatorConfig> customize) {
        SimulatorConfig config = customize.apply(SimulatorConfig.defaults().withClock(clock));
        handler = new RestoreHandler(config, catalog);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/restore/", handler);
        server.setExecutor(executor);
        server.start();
    }

    /** A config with another mount pool size. */
    static SimulatorConfig maxMounts(SimulatorConfig c, int max) {
        return new SimulatorConfig(c.bindAddress(), c.port(), c.seed(), c.historyDays(), c.zone(), c.authEnabled(),
                c.falseZTimestamps(), c.writeTimeout(), c.downloadBytesPerSecond(), c.mountTtl(), c.cleanupInterval(),
                max, c.telemetryInterval(), c.backupBytesPerSecond(), c.backupFailureRate(), c.staleJobTimeout(),
                c.hostDirectories(), c.clock());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> method(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Mounts a disk of the catalog and returns the mount id. */
    String mount(MountableDisk disk) {
        catalog.add(disk);
        HttpResponse<String> r = post("/api/v1/restore/mount",
                "{\"backup_id\":\"" + disk.backupId() + "\",\"disk_index\":" + disk.diskIndex() + "}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("mount failed: " + r.body());
        }
        return json(r).get("mount_id").asString();
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** GET .../files for a mount, path encoded. */
    HttpResponse<String> files(String mountId, String path, boolean recursive) {
        return get("/api/v1/restore/" + mountId + "/files?path=" + q(path) + (recursive ? "&recursive=true" : ""));
    }

    static Map<String, String> errorBody(String message) {
        return Map.of("error", message);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        handler.close();
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
