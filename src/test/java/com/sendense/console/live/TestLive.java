package com.sendense.console.live;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubProperties;
import java.time.Clock;
import org.springframework.context.ApplicationContext;

/** Reaches the package-private parts of {@code live} from other features' tests. */
public final class TestLive {

    private TestLive() {}

    public static LiveUpdates create(HubProperties properties, Clock clock) {
        return new LiveUpdates(properties, clock, Runnable::run);
    }

    /** One poll with a poller of its own over {@code hub}. */
    public static Runnable poller(HubClient hub, LiveUpdates live, HubProperties properties, Clock clock) {
        HubPoller poller = new HubPoller(hub, live, properties, clock);
        return poller::pollOnce;
    }

    /** One poll of the application's poller, instead of waiting for its schedule. */
    public static void pollOnce(ApplicationContext context) {
        context.getBean(HubPoller.class).pollOnce();
    }

    /** One poll that checks the hub's health too, however recently it was last checked. */
    public static void pollWithHealthCheck(ApplicationContext context) {
        HubPoller poller = context.getBean(HubPoller.class);
        poller.healthCheckDueNow();
        poller.pollOnce();
    }
}
