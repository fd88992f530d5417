package com.sendense;

import com.sendense.console.Application;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.SimulatorMain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts Sendense Console. With {@code --simulator} it runs only the hub simulator (a stand-in for a
 * remote hub). Otherwise it starts the console; when no hub URL is configured ({@code HUB_URL} or
 * {@code --hub.base-url}) it first starts the simulator embedded on a free loopback port, points the
 * console at it over HTTP like at any hub, and marks the hub as the demo hub.
 *
 * @see "docs/decisions/004-20261124-hub-simulator.md"
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (arguments.remove("--simulator")) {
            SimulatorMain.main(arguments.toArray(String[]::new));
            return;
        }
        if (hubUrlConfigured(arguments, System.getenv())) {
            SpringApplication.run(Application.class, args);
            return;
        }
        runWithDemoHub(arguments);
    }

    static boolean hubUrlConfigured(List<String> args, Map<String, String> env) {
        boolean inArgs = args.stream().anyMatch(a -> a.startsWith("--hub.base-url=") && a.length() > "--hub.base-url=".length());
        String fromEnv = env.getOrDefault("HUB_URL", "");
        String fromProperty = System.getProperty("hub.base-url", "");
        return inArgs || !fromEnv.isBlank() || !fromProperty.isBlank();
    }

    private static void runWithDemoHub(List<String> arguments) {
        // SIM_* environment variables (e.g. SIM_HOST_DIR) still shape the embedded hub.
        SimulatorConfig config = SimulatorConfig.fromArgs(new String[] {"--port=0"}, System.getenv());
        HubSimulator hub = HubSimulator.start(config);
        arguments.add("--hub.base-url=" + hub.baseUrl());
        arguments.add("--hub.demo=true");
        if (config.authEnabled()) {
            arguments.add("--hub.appliance-token=" + SimulatorConfig.APPLIANCE_TOKEN);
        }
        arguments.add("--console.demo-users=true");
        SpringApplication app = new SpringApplication(Application.class);
        app.addListeners((ContextClosedEvent e) -> hub.close());
        try {
            app.run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            hub.close();
            throw e;
        }
    }
}
