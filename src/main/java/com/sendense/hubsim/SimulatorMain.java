package com.sendense.hubsim;

import java.util.concurrent.CountDownLatch;

/**
 * Port 8082 by default, like a deployed hub: {@code SimulatorMain --port=8082 --auth=false --time-scale=10}.
 * The options are described in {@code docs/hub-simulator.md}.
 */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        ControlApi controlApi;
        try {
            config = SimulatorConfig.fromArgs(args, System.getenv());
            controlApi = SimulatorArgs.control(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Invalid option: " + e.getMessage());
            System.err.println("Usage: SimulatorMain [--port=8082] [--bind=127.0.0.1] [--seed=N] [--world=demo|empty] "
                    + "[--history-days=30] [--auth=true|false] [--false-z=true|false] [--telemetry-interval=5s] "
                    + "[--failure-rate=0.1] [--write-timeout=15s] [--host-dir=vmName/diskIndex=/path]... [--time-scale=N] "
                    + "[--control-port=0|N|off] [--control-token=T]");
            System.exit(2);
            return;
        }
        HubSimulator hub = HubSimulator.start(config, controlApi);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hub.close();
            stopped.countDown();
        }, "hubsim-shutdown"));
        System.out.println("Sendense hub simulator listening on " + hub.baseUrl() + " (auth "
                + (config.authEnabled() ? "on" : "off") + ", seed " + config.seed() + ", world "
                + config.world().name().toLowerCase(java.util.Locale.ROOT) + ")");
        if (controlApi.enabled()) {
            // Printed so that the person who started it, and only they, can drive it; it binds loopback only.
            System.out.println("Control API on " + hub.controlUrl() + "/_sim/ with header: Authorization: Bearer "
                    + hub.controlToken());
        } else {
            System.out.println("Control API off");
        }
        stopped.await();
    }
}
