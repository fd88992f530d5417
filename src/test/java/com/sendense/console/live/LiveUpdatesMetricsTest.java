package com.sendense.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubProperties;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class LiveUpdatesMetricsTest {

    private final LiveUpdates live = new LiveUpdates(HubProperties.forUrl(URI.create("http://hub:8082")),
            Clock.systemUTC(), Runnable::run);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void open_subscriptions_are_counted_by_kind_and_released_ones_are_not() {
        new LiveUpdatesMetrics(live).bindTo(registry);
        Registration first = live.subscribeJob(new BackupId("backup-a"), s -> {});
        live.subscribeJob(new BackupId("backup-b"), s -> {});
        live.subscribeTicks(t -> {});

        assertThat(subscriptions("job")).isEqualTo(2);
        assertThat(subscriptions("tick")).isEqualTo(1);
        assertThat(subscriptions("mounts")).isZero();

        first.remove();

        assertThat(subscriptions("job")).isEqualTo(1);
    }

    private double subscriptions(String kind) {
        return registry.get("console.live.subscriptions").tag("kind", kind).gauge().value();
    }
}
