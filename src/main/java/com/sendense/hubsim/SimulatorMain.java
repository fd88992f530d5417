package com.sendense.hubsim;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the hub simulator on its own, by default on port 8082 like a deployed hub:
 * {@code java -cp ... com.sendense.hubsim.SimulatorMain --port=8082 --auth=false --time-scale=10}.
 * Options and their {@code SIM_*} environment variables are listed in {@link SimulatorArgs}.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = SimulatorConfig.fromArgs(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Invalid option: " + e.getMessage());
            System.err.println("Usage: SimulatorMain [--port=8082] [--bind=127.0.0.1] [--seed=N] [--world=demo|empty] "
                    + "[--history-days=30] [--auth=true|false] [--false-z=true|false] [--telemetry-interval=5s] "
                    + "[--failure-rate=0.1] [--write-timeout=15s] [--host-dir=vmName/diskIndex=/path]... [--time-scale=N]");
            System.exit(2);
            return;
        }
        HubSimulator hub = HubSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hub.close();
            stopped.countDown();
        }, "hubsim-shutdown"));
        System.out.println("Sendense hub simulator listening on " + hub.baseUrl()
                + " (auth " + (config.authEnabled() ? "on" : "off") + ", seed " + config.seed()
                + ", world " + config.world().name().toLowerCase(java.util.Locale.ROOT) + ")");
        stopped.await();
    }
}
