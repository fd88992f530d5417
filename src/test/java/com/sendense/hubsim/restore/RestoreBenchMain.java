package com.sendense.hubsim.restore;

import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.files.TestDisks;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A stand-alone restore simulator for {@code bench/simulator-download-memory.sh}, used until the
 * core's {@code SimulatorMain} is on this branch: serves {@code /api/v1/restore/*} for the test
 * Windows system disk, mounts it and prints {@code PORT=} and {@code MOUNT_ID=}.
 *
 * <p>Arguments: write timeout in seconds (default 600), download bytes per second (default 0).
 */
public final class RestoreBenchMain {

    private RestoreBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        long timeout = args.length > 0 ? Long.parseLong(args[0]) : 600;
        long rate = args.length > 1 ? Long.parseLong(args[1]) : 0;
        SimulatorConfig config = SimulatorConfig.defaults().withDownloads(Duration.ofSeconds(timeout), rate);
        TestCatalog catalog = new TestCatalog().add(TestDisks.windowsSystem());
        RestoreHandler handler = new RestoreHandler(config, catalog);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/restore/", handler);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        int port = server.getAddress().getPort();
        HttpResponse<String> mount = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/restore/mount"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"backup_id\":\"" + TestDisks.windowsSystem().backupId() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = mount.body().replaceAll(".*\"mount_id\":\"([^\"]+)\".*\n?", "$1");
        System.out.println("PORT=" + port);
        System.out.println("MOUNT_ID=" + id);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
