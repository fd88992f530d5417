package com.sendense;

import com.sendense.console.Application;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import com.sendense.hubsim.SimulatorMain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts Sendense Console. With {@code --simulator} it runs only the hub simulator (a stand-in for a
 * remote hub). Otherwise it starts the console; when no hub URL is configured (see
 * {@link #hubUrlConfigured}) it first starts the simulator embedded on a free loopback port, points the
 * console at it over HTTP like at any hub, and marks the hub as the demo hub.
 *
 * @see "docs/decisions/004-20261124-hub-simulator.md"
 */
public final class Main {

    /** Spring's environment-variable spellings of hub.base-url. */
    private static final Set<String> HUB_URL_ENV_NAMES = Set.of("HUB_BASE_URL", "HUB_BASEURL");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (arguments.remove("--simulator")) {
            SimulatorMain.main(arguments.toArray(String[]::new));
            return;
        }
        if (hubUrlConfigured(arguments, System.getenv(), systemProperties())) {
            SpringApplication.run(Application.class, args);
            return;
        }
        runWithDemoHub(arguments);
    }

    /**
     * Whether the user pointed the console at a hub, the way Spring will read it: {@code HUB_URL} (the
     * placeholder in application.properties), {@code hub.base-url} in any relaxed spelling on the command
     * line or as a system property, {@code HUB_BASE_URL}/{@code HUB_BASEURL} in the environment, or
     * {@code hub.base-url} inside {@code SPRING_APPLICATION_JSON}. Otherwise the demo hub's command-line
     * URL would silently win over the user's. External config files and profiles are not read here.
     */
    static boolean hubUrlConfigured(List<String> args, Map<String, String> env, Map<String, String> systemProperties) {
        Map<String, String> options = commandLineOptions(args);
        return anySet(options, Main::isHubUrlProperty) || anySet(systemProperties, Main::isHubUrlProperty)
                || anySet(env, name -> isHubUrlProperty(name) || HUB_URL_ENV_NAMES.contains(name.toUpperCase(Locale.ROOT)))
                || Stream.of(options, systemProperties, env).anyMatch(Main::applicationJsonSetsHubUrl);
    }

    /** {@code --name=value} arguments as Spring's command-line property source sees them. */
    private static Map<String, String> commandLineOptions(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                String name = arg.substring(2, arg.indexOf('='));
                String value = arg.substring(arg.indexOf('=') + 1);
                options.merge(name, value, (a, b) -> a + "," + b);
            }
        }
        return options;
    }

    private static boolean anySet(Map<String, String> source, Predicate<String> name) {
        return source.entrySet().stream()
                .anyMatch(e -> (e.getKey().equals("HUB_URL") || name.test(e.getKey())) && !e.getValue().isBlank());
    }

    /** Relaxed binding: hub.base-url, hub.baseUrl, hub.base_url and HUB.BASE-URL all bind to HubProperties.baseUrl. */
    private static boolean isHubUrlProperty(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").equals("hub.baseurl");
    }

    private static boolean applicationJsonSetsHubUrl(Map<String, String> source) {
        for (String name : List.of("spring.application.json", "SPRING_APPLICATION_JSON")) {
            String json = source.getOrDefault(name, "");
            if (!json.isBlank()) {
                try {
                    if (jsonSetsHubUrl("", JsonParserFactory.getJsonParser().parseMap(json))) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // Spring itself refuses malformed JSON at start-up, with a clearer message than ours.
                }
            }
        }
        return false;
    }

    /** Spring flattens the JSON: {"hub":{"base-url":…}} and {"hub.base-url":…} are the same property. */
    private static boolean jsonSetsHubUrl(String prefix, Map<?, ?> json) {
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String name = prefix + e.getKey();
            boolean set = e.getValue() instanceof Map<?, ?> nested
                    ? jsonSetsHubUrl(name + ".", nested)
                    : isHubUrlProperty(name) && e.getValue() != null && !e.getValue().toString().isBlank();
            if (set) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(name -> properties.put(name, System.getProperty(name, "")));
        return properties;
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
