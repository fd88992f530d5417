package com.sendense.hubsim;

import com.sendense.hubsim.api.HubRoutes;
import com.sendense.hubsim.api.SessionStore;
import com.sendense.hubsim.backup.BackupEngine;
import com.sendense.hubsim.backup.BackupStarter;
import com.sendense.hubsim.backup.BackupStore;
import com.sendense.hubsim.backup.FlowRunner;
import com.sendense.hubsim.backup.NbdPorts;
import com.sendense.hubsim.control.FaultFilter;
import com.sendense.hubsim.control.FaultRegistry;
import com.sendense.hubsim.control.RequestLog;
import com.sendense.hubsim.control.RequestLogFilter;
import com.sendense.hubsim.http.HubDispatcher;
import com.sendense.hubsim.http.ReplyWriter;
import com.sendense.hubsim.restore.RestoreHandler;
import com.sendense.hubsim.world.DemoWorld;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Outages;
import com.sendense.hubsim.world.WorldGenerator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A running simulated Sendense hub: the hub's REST API on {@link #baseUrl()}, backed by a seeded
 * demo world whose backups progress in real time, plus the {@code /_sim/} control API on its own
 * loopback listener ({@link #controlUrl()}, bearer {@link #controlToken()}; see {@link ControlApi}).
 *
 * <pre>{@code
 * try (HubSimulator hub = HubSimulator.start(SimulatorConfig.defaults().withAuth(false))) {
 *     URI vms = hub.baseUrl().resolve("/api/v1/vm-contexts");
 *     hub.control().addFault(FaultSpec.drop("GET", "/api/v1/repositories").times(1));
 * }
 * }</pre>
 */
public final class HubSimulator implements AutoCloseable {

    private final HttpServer server;
    private final @Nullable HttpServer controlServer;
    private final ControlApi controlApi;
    private final ExecutorService executor;
    private final BackupEngine engine;
    private final RestoreHandler restore;
    private final SimulatorControl control;

    private HubSimulator(HttpServer server, @Nullable HttpServer controlServer, ControlApi controlApi,
            ExecutorService executor, BackupEngine engine, RestoreHandler restore, SimulatorControl control) {
        this.server = server;
        this.controlServer = controlServer;
        this.controlApi = controlApi;
        this.executor = executor;
        this.engine = engine;
        this.restore = restore;
        this.control = control;
    }

    /**
     * Generates the world, binds {@code config.bindAddress()}:{@code config.port()} (0 = a free port) and starts
     * serving,
     * with the control API on a free loopback port and a random token.
     */
    public static HubSimulator start(SimulatorConfig config) {
        return start(config, ControlApi.loopback());
    }

    /** As {@link #start(SimulatorConfig)}, with the control API where {@code controlApi} says (or none). */
    public static HubSimulator start(SimulatorConfig config, ControlApi controlApi) {
        Instant now = config.clock().instant();
        DemoWorld world = config.world() == SimulatorConfig.World.EMPTY
                ? WorldGenerator.empty(config.seed(), now, config.zone())
                : WorldGenerator.demo(config.seed(), config.historyDays(), now, config.zone());
        Inventory inventory = new Inventory(world,
                com.sendense.hubsim.world.ProtectionDb.seed(world, config.zone(), config.seed()));
        Outages outages = new Outages();
        SessionStore sessions = new SessionStore();
        Random random = new Random(config.seed() * 31 + 7);
        NbdPorts ports = new NbdPorts();
        BackupStore store = new BackupStore(world.backups(), world.nextBackupDiskId(), config.hostDirectories(),
                config.clock());
        BackupEngine engine = new BackupEngine(store, ports, config.clock(), config.telemetryInterval(),
                config.staleJobTimeout(), config.backupBytesPerSecond(), config.backupFailureRate(), random);
        BackupStarter starter = new BackupStarter(inventory, store, engine, ports, outages, config.clock(),
                config.zone(), random);
        // The restore half serves /api/v1/restore/* and mounts what the store reports as completed disks.
        RestoreHandler restore = new RestoreHandler(config, store);
        FlowRunner flows = new FlowRunner(inventory, store, starter, config.clock());
        HubRoutes.Wiring wiring = HubRoutes.build(config, inventory, store, starter, flows, outages, sessions,
                restore::backupDeleted);

        ReplyWriter writer = new ReplyWriter(config.writeTimeout());
        FaultRegistry faults = new FaultRegistry();
        RequestLog requests = new RequestLog();
        SimulatorControl control = new SimulatorControl(faults, requests, sessions, engine, restore, outages,
                world.facts(), flows);

        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        ControlApi resolved = controlApi.withResolvedToken();
        HttpServer server;
        HttpServer controlServer = null;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
            if (resolved.enabled()) {
                controlServer = HttpServer.create(new InetSocketAddress("127.0.0.1", resolved.port()), 0);
            }
        } catch (IOException e) {
            restore.close();
            throw new UncheckedIOException("Cannot listen on " + config.bindAddress() + ":" + config.port()
                    + (resolved.enabled() ? " and loopback:" + resolved.port() : ""), e);
        }
        HttpContext hub = server.createContext("/",
                new HubDispatcher(wiring.router(), wiring.guard(), restore, writer, config.clock()));
        hub.getFilters().add(new RequestLogFilter(requests, config.clock()));
        hub.getFilters().add(new FaultFilter(faults, writer));
        server.setExecutor(executor);
        if (controlServer != null) {
            controlServer.createContext("/", new ControlHttpHandler(control, resolved.token(), writer, config.clock()));
            controlServer.setExecutor(executor);
        }
        engine.adoptRunning();
        engine.start();
        server.start();
        if (controlServer != null) {
            controlServer.start();
        }
        return new HubSimulator(server, controlServer, resolved, executor, engine, restore, control);
    }

    /** {@code http://host:port} of the hub; API paths start at {@code /api/v1}, health is {@code /health}. */
    public URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:port} of the control API; its paths start at {@code /_sim/}. */
    public URI controlUrl() {
        if (controlServer == null) {
            throw new IllegalStateException("This simulator was started without a control listener (ControlApi.off())");
        }
        return URI.create("http://127.0.0.1:" + controlServer.getAddress().getPort());
    }

    /** The bearer token the control API requires. */
    public String controlToken() {
        return controlApi.token();
    }

    /** Faults, request log, restart, backup shortcuts and outages. */
    public SimulatorControl control() {
        return control;
    }

    /** Stops serving at once and stops the background work. */
    @Override
    public void close() {
        server.stop(0);
        if (controlServer != null) {
            controlServer.stop(0);
        }
        engine.close();
        restore.close();
        executor.shutdownNow();
    }
}
