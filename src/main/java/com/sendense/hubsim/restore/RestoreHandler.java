package com.sendense.hubsim.restore;

import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.json.GoTime;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /api/v1/restore/*} (contract section 5). Wrap it in nothing that catches exceptions: at the write timeout
 * it throws {@link WriteTimeoutException} so the JDK server drops the connection mid-body, as the real hub does.
 */
public final class RestoreHandler implements HttpHandler, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RestoreHandler.class.getName());
    private static final int MAX_BODY = 1 << 20;

    private final SimulatorConfig config;
    private final MountTable table;
    private final FileBrowser browser;
    private final Downloads downloads;
    private final MountViews views;
    private final ScheduledExecutorService cleanup;
    private volatile boolean running = true;

    /** Starts the cleanup worker: once now, then every {@code config.cleanupInterval()}. */
    public RestoreHandler(SimulatorConfig config, BackupCatalog catalog) {
        this.config = config;
        this.table = new MountTable(config, catalog);
        GoTime time = new GoTime(config.zone());
        HubNamespace namespace = new HubNamespace(table, config.seed(), config.clock().instant());
        this.browser = new FileBrowser(table, namespace, time);
        this.downloads = new Downloads(browser);
        this.views = new MountViews(config, time);
        this.cleanup = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hubsim-restore-cleanup");
            t.setDaemon(true);
            return t;
        });
        long interval = Math.max(1, config.cleanupInterval().toMillis());
        cleanup.scheduleWithFixedDelay(this::runCleanup, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** The rows of the backup's disks go, the kernel mounts and their NBD devices stay busy ({@link MountTable}). */
    public void backupDeleted(String backupId) {
        table.backupDeleted(backupId);
    }

    /** An administrator deleting the {@code failed} rows that block devices and disks; returns how many. */
    public int clearFailedMounts() {
        return table.clearFailed();
    }

    @Override
    public void close() {
        running = false;
        cleanup.shutdownNow();
    }

    /** The disk image a live mount shows, so tests can compute the bytes of any file in it. */
    public java.util.Optional<com.sendense.hubsim.files.DiskImage> image(String mountId) {
        return table.kernelMount(mountId).map(MountTable.LiveMount::image);
    }

    /** One pass of the cleanup worker, now. */
    int runCleanup() {
        try {
            return table.cleanupExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "restore cleanup failed", e);
            return 0;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        GoResponse response = new GoResponse(exchange, start, start + config.writeTimeout().toNanos());
        URI uri = exchange.getRequestURI();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String clean = Routes.cleanPath(path);
        if (!clean.equals(path)) {
            response.header("Location", location(clean, uri.getRawQuery())).empty(301);
            return;
        }
        switch (Routes.match(exchange.getRequestMethod(), path)) {
            case Routes.NotFound n -> {
                response.header("Content-Type", "text/plain; charset=utf-8")
                        .header("X-Content-Type-Options", "nosniff");
                try (OutputStream out = response.body(404)) {
                    out.write("404 page not found\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            case Routes.MethodNotAllowed m -> response.empty(405);
            case Routes.Found f -> {
                response.header("Access-Control-Allow-Origin", "*");
                serve(f.match(), exchange, response);
            }
        }
    }

    private void serve(Routes.Match match, HttpExchange exchange, GoResponse response) throws IOException {
        GoQuery query = GoQuery.parse(exchange.getRequestURI().getRawQuery());
        try {
            switch (match.endpoint()) {
                case MOUNT -> mount(exchange, response);
                case LIST_MOUNTS -> response.json(200, views.list(table.active()));
                case UNMOUNT -> {
                    try {
                        table.unmount(match.mountId());
                    } catch (HubError e) {
                        throw e.wrap("failed to unmount backup");
                    }
                    response.json(200, MountViews.unmounted(match.mountId()));
                }
                case LIST_FILES -> {
                    FileBrowser.Listing listing = browser.list(match.mountId(), query.get("path"),
                            GoQuery.parseBool(query.get("recursive")));
                    response.header("Content-Type", "application/json");
                    OutputStream out = response.body(200);
                    listing.writeTo(out);
                    out.close();
                }
                case FILE_INFO -> response.json(200, browser.fileInfo(match.mountId(), requirePath(query)));
                case DOWNLOAD -> downloads.send(downloads.prepareFile(match.mountId(), requirePath(query)),
                        response.paced(config.downloadBytesPerSecond()));
                case DOWNLOAD_DIRECTORY -> {
                    String path = requirePath(query);
                    String format = query.get("format").isEmpty() ? "zip" : query.get("format");
                    downloads.send(downloads.prepareDirectory(match.mountId(), path, format),
                            response.paced(config.downloadBytesPerSecond()));
                }
                case RESOURCES -> response.json(200, views.resources(table.active()));
                case CLEANUP_STATUS ->
                    response.json(200, views.cleanupStatus(running, table.active().size(), table.expiredCount()));
            }
        } catch (HubError e) {
            if (response.committed()) {
                throw new IOException(e.getMessage());
            }
            response.error(e.status(), e.getMessage());
        }
    }

    private void mount(HttpExchange exchange, GoResponse response) throws IOException, HubError {
        MountRequestDecoder.MountRequest request;
        try {
            request = MountRequestDecoder.decode(readBody(exchange));
        } catch (MountRequestDecoder.DecodeException e) {
            throw HubError.badRequest("invalid request: " + e.getMessage());
        }
        if (request.backupId().isEmpty()) {
            throw HubError.badRequest("backup_id is required");
        }
        if (request.diskIndex() < 0) {
            throw HubError.badRequest("disk_index must be >= 0");
        }
        if (request.diskIndex() > Integer.MAX_VALUE) {
            throw HubError
                    .internal("failed to mount backup: failed to find backup disk file: disk not found: backup_id="
                            + request.backupId() + ", disk_index=" + request.diskIndex() + ": record not found");
        }
        int diskIndex = (int) request.diskIndex();
        MountTable.Mounted mounted;
        try {
            mounted = table.mount(request.backupId(), diskIndex);
        } catch (HubError e) {
            throw e.wrap("failed to mount backup");
        }
        response.json(200,
                mounted.reused()
                        ? views.stored(mounted.row(), request.backupId(), diskIndex)
                        : views.fresh(mounted.row(), request.backupId(), diskIndex));
    }

    private static String requirePath(GoQuery query) throws HubError {
        String path = query.get("path");
        if (path.isEmpty()) {
            throw HubError.badRequest("path query parameter is required");
        }
        return path;
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        }
    }

    private static String location(String cleanPath, String rawQuery) {
        try {
            String p = new URI(null, null, cleanPath, null).toASCIIString();
            return rawQuery == null ? p : p + "?" + rawQuery;
        } catch (URISyntaxException e) {
            return cleanPath;
        }
    }
}
