package com.sendense.console.e2e;

import com.sendense.hubsim.HubSimulator;
import com.sendense.hubsim.SimulatorConfig;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a browser test's console at its own simulator and its own in-memory database. */
final class SimulatedHub {

    private SimulatedHub() {}

    /**
     * The console talks to {@code hub} with the simulator's appliance token and keeps its data in the H2 database
     * {@code database}, kept for the whole test class (tests of one class share the console and its users).
     */
    static void use(DynamicPropertyRegistry registry, HubSimulator hub, String database) {
        registry.add("hub.base-url", () -> hub.baseUrl().toString());
        registry.add("hub.appliance-token", () -> SimulatorConfig.APPLIANCE_TOKEN);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }
}
