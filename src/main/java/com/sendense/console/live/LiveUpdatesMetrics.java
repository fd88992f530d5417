package com.sendense.console.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Shows an operator how many screens the one poller serves, and that closed tabs let go. */
@Component
class LiveUpdatesMetrics implements MeterBinder {

    private final LiveUpdates live;

    LiveUpdatesMetrics(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String kind : live.subscriptionCounts().keySet()) {
            Gauge.builder("console.live.subscriptions", live, l -> l.subscriptionCounts().get(kind))
                    .tag("kind", kind)
                    .description("Open live-update subscriptions; each open screen holds one or more")
                    .register(registry);
        }
    }
}
