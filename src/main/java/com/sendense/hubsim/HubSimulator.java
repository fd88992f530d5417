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

/**
 * A running simulated Sendense hub: the hub's REST API on {@link #baseUrl()}, backed by a seeded
 * demo world whose backups progress in real time, plus the {@code /_sim/} control API.
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
    private final ExecutorService executor;
    private final BackupEngine engine;
    private final RestoreHandler restore;
    private final SimulatorControl control;

    private HubSimulator(HttpServer server, ExecutorService executor, BackupEngine engine, RestoreHandler restore,
            SimulatorControl control) {
        this.server = server;
        this.executor = executor;
        this.engine = engine;
        this.restore = restore;
        this.control = control;
    }

    /** Generates the world, binds {@code config.bindAddress()}:{@code config.port()} (0 = a free port) and starts serving. */
    public static HubSimulator start(SimulatorConfig config) {
        Instant now = config.clock().instant();
        DemoWorld world = config.world() == SimulatorConfig.World.EMPTY
                ? WorldGenerator.empty(config.seed(), now, config.zone())
                : WorldGenerator.demo(config.seed(), config.historyDays(), now, config.zone());
        Inventory inventory = new Inventory(world, com.sendense.hubsim.world.ProtectionDb.seed(world, config.zone(), config.seed()));
        Outages outages = new Outages();
        SessionStore sessions = new SessionStore();
        Random random = new Random(config.seed() * 31 + 7);
        NbdPorts ports = new NbdPorts();
        BackupStore store = new BackupStore(world.backups(), world.nextBackupDiskId(), config.hostDirectories(), config.clock());
        BackupEngine engine = new BackupEngine(store, ports, config.clock(), config.telemetryInterval(), config.staleJobTimeout(),
                config.backupBytesPerSecond(), config.backupFailureRate(), random);
        BackupStarter starter = new BackupStarter(inventory, store, engine, ports, outages, config.clock(), config.zone(), random);
        // The restore half serves /api/v1/restore/* and mounts what the store reports as completed disks.
        RestoreHandler restore = new RestoreHandler(config, store);
        FlowRunner flows = new FlowRunner(inventory, store, starter, config.clock());
        HubRoutes.Wiring wiring = HubRoutes.build(config, inventory, store, starter, flows, outages, sessions, restore::backupDeleted);

        ReplyWriter writer = new ReplyWriter(config.writeTimeout());
        FaultRegistry faults = new FaultRegistry();
        RequestLog requests = new RequestLog();
        SimulatorControl control = new SimulatorControl(faults, requests, sessions, engine, restore, outages, world.facts(), flows);

        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
        } catch (IOException e) {
            restore.close();
            throw new UncheckedIOException("Cannot listen on " + config.bindAddress() + ":" + config.port(), e);
        }
        HttpContext hub = server.createContext("/", new HubDispatcher(wiring.router(), wiring.guard(), restore, writer, config.clock()));
        hub.getFilters().add(new RequestLogFilter(requests, config.clock()));
        hub.getFilters().add(new FaultFilter(faults, writer));
        server.createContext("/_sim/", new ControlHttpHandler(control, writer, config.clock()));
        server.setExecutor(executor);
        engine.adoptRunning();
        engine.start();
        server.start();
        return new HubSimulator(server, executor, engine, restore, control);
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

    /** Faults, request log, restart, backup shortcuts and outages. */
    public SimulatorControl control() {
        return control;
    }

    /** Stops serving at once and stops the background work. */
    @Override
    public void close() {
        server.stop(0);
        engine.close();
        restore.close();
        executor.shutdownNow();
    }
}
