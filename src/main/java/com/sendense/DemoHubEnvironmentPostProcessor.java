package com.sendense;

import com.sendense.hubsim.ControlApi;
import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decided from {@code hub.base-url} as Spring resolves it after every config source, so whatever the console binds
 * is what decides. Blank: the simulator starts embedded, without its control API. Set: {@code hub.demo} and
 * {@code console.demo-users} are forced off above every other source, so the demo accounts (published passwords)
 * never sit next to a real hub. Blank with {@code console.demo-hub.enabled=false}: no hub (tests supply a fake).
 *
 * @see "docs/decisions/004-20261124-hub-simulator.md"
 */
public final class DemoHubEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "sendenseHubChoice";

    private final Log log;

    public DemoHubEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoHubEnvironmentPostProcessor.class);
    }

    /** After config data and every other post-processor: the environment is complete. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Binder binder = Binder.get(environment);
        String hubUrl = binder.bind("hub.base-url", String.class).orElse("").strip();
        Map<String, Object> decided = new LinkedHashMap<>();
        if (!hubUrl.isEmpty()) {
            decided.put("hub.demo", "false");
            decided.put("console.demo-users", "false");
            log.info("Hub at " + hubUrl + ": demo hub and demo accounts off");
        } else if (binder.bind("console.demo-hub.enabled", Boolean.class).orElse(true)) {
            decided.putAll(startDemoHub(application));
        } else {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, decided));
    }

    private Map<String, Object> startDemoHub(SpringApplication application) {
        // SIM_* environment variables (e.g. SIM_HOST_DIRS) still shape the embedded hub.
        SimulatorConfig config = SimulatorConfig.fromArgs(new String[]{"--port=0"}, System.getenv());
        HubSimulator hub = HubSimulator.start(config, ControlApi.off());
        application.addListeners(new StopWithContext(hub));
        log.info("No hub.base-url (HUB_URL): started the demo hub (simulator) on " + hub.baseUrl());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hub.base-url", hub.baseUrl().toString());
        properties.put("hub.demo", "true");
        properties.put("console.demo-users", "true");
        if (config.authEnabled()) {
            properties.put("hub.appliance-token", SimulatorConfig.APPLIANCE_TOKEN);
        }
        return properties;
    }

    /** The root context only, or a failed start. */
    private record StopWithContext(HubSimulator hub) implements ApplicationListener<ApplicationEvent> {

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            boolean rootClosed = event instanceof ContextClosedEvent closed
                    && closed.getApplicationContext().getParent() == null;
            if (rootClosed || event instanceof ApplicationFailedEvent) {
                hub.close();
            }
        }
    }
}
