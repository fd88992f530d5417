package com.sendense.console.live;

import com.sendense.console.hub.HubProperties;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thread-safe registry of everyone who wants live hub state. It never touches Vaadin itself: UIs
 * pass consumers already wrapped with {@code UI.accessLater}, and remove them on detach.
 *
 * @see "docs/decisions/005-20261124-one-poller.md"
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Consumer<HubStatus>> statusListeners = new CopyOnWriteArraySet<>();
    private final Set<Consumer<Instant>> tickListeners = new CopyOnWriteArraySet<>();
    private volatile HubStatus hubStatus;

    LiveUpdates(HubProperties properties, Clock clock) {
        this.hubStatus = new HubStatus(HubStatus.State.UNKNOWN, null, properties.baseUrl(), properties.demo(),
                properties.authEnabled(), null, clock.instant());
    }

    /** The latest known hub status. */
    public HubStatus hubStatus() {
        return hubStatus;
    }

    /**
     * Receives the current hub status at once and every change after it.
     *
     * @return removes the subscription
     */
    public Registration subscribeHubStatus(SerializableConsumer<HubStatus> listener) {
        statusListeners.add(listener);
        listener.accept(hubStatus);
        return () -> statusListeners.remove(listener);
    }

    /**
     * Receives the time once a second from the one application-wide ticker, for countdowns.
     *
     * @return removes the subscription
     */
    public Registration subscribeTicks(SerializableConsumer<Instant> listener) {
        tickListeners.add(listener);
        return () -> tickListeners.remove(listener);
    }

    boolean hasStatusListeners() {
        return !statusListeners.isEmpty();
    }

    boolean hasTickListeners() {
        return !tickListeners.isEmpty();
    }

    void publishHubStatus(HubStatus status) {
        HubStatus previous = hubStatus;
        hubStatus = status;
        if (previous.state() != status.state() || !Objects.equals(previous.version(), status.version())) {
            statusListeners.forEach(l -> deliver(l, status));
        }
    }

    void publishTick(Instant now) {
        tickListeners.forEach(l -> deliver(l, now));
    }

    private static <T> void deliver(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            // One broken UI must not stop the others from getting updates.
            log.warn("A live-update listener failed", e);
        }
    }
}
