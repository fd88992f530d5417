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
 * Demo hub or real hub, decided from Spring's own resolved {@code hub.base-url}: after every config
 * source has been read (command line, environment, {@code SPRING_APPLICATION_JSON}, application
 * properties or YAML on the classpath, in {@code ./} and {@code ./config/}, profiles and
 * {@code spring.config.import}), so whatever the console binds is what decides.
 *
 * <ul>
 * <li>Blank: starts the simulator embedded on a free loopback port, without its control API, and
 * puts {@code hub.base-url}, {@code hub.demo=true} and {@code console.demo-users=true} above every
 * other source. The simulator stops when the context closes or fails to start.</li>
 * <li>Set: puts {@code hub.demo=false} and {@code console.demo-users=false} above every other
 * source, so nothing brings the demo accounts (published passwords) next to a real hub.</li>
 * <li>Blank with {@code console.demo-hub.enabled=false}: no hub at all (tests supply a fake).</li>
 * </ul>
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
        // SIM_* environment variables (e.g. SIM_HOST_DIR) still shape the embedded hub.
        SimulatorConfig config = SimulatorConfig.fromArgs(new String[] {"--port=0"}, System.getenv());
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

    /** Stops the demo hub with the root context, or when the start fails. */
    private record StopWithContext(HubSimulator hub) implements ApplicationListener<ApplicationEvent> {

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            boolean rootClosed = event instanceof ContextClosedEvent closed && closed.getApplicationContext().getParent() == null;
            if (rootClosed || event instanceof ApplicationFailedEvent) {
                hub.close();
            }
        }
    }
}
