package com.sendense.console.live;

import com.sendense.console.hub.HubProperties;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thread-safe registry of everyone who wants live hub state: hub status, mounts and the 1 Hz tick. It never touches Vaadin itself: UIs
 * pass consumers already wrapped with {@code UI.accessLater}, and remove them on detach.
 *
 * @see "docs/decisions/005-20261124-one-poller.md"
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Consumer<HubStatus>> statusListeners = new CopyOnWriteArraySet<>();
    private final Set<Consumer<Instant>> tickListeners = new CopyOnWriteArraySet<>();
    private final Set<Consumer<MountsSnapshot>> mountListeners = new CopyOnWriteArraySet<>();
    private final AtomicBoolean mountsRefreshRequested = new AtomicBoolean(true);
    private volatile HubStatus hubStatus;
    private volatile @Nullable MountsSnapshot mounts;

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

    /**
     * Receives the hub's mounts whenever they change, polled at a slower cadence than jobs and only
     * while someone subscribes. A subscriber gets the last snapshot at once if there is one, and a
     * fresh poll is requested.
     *
     * @return removes the subscription
     */
    public Registration subscribeMounts(SerializableConsumer<MountsSnapshot> listener) {
        mountListeners.add(listener);
        MountsSnapshot last = mounts;
        if (last != null) {
            listener.accept(last);
        }
        requestMountsRefresh();
        return () -> mountListeners.remove(listener);
    }

    /** Asks the poller to read the mounts at its next run instead of waiting for the slow cadence. */
    public void requestMountsRefresh() {
        mountsRefreshRequested.set(true);
    }

    /** The last polled mounts, if any were polled. */
    public Optional<MountsSnapshot> mountsSnapshot() {
        return Optional.ofNullable(mounts);
    }

    boolean hasMountListeners() {
        return !mountListeners.isEmpty();
    }

    boolean takeMountsRefreshRequest() {
        return mountsRefreshRequested.getAndSet(false);
    }

    void publishMounts(MountsSnapshot snapshot) {
        MountsSnapshot previous = mounts;
        mounts = snapshot;
        if (snapshot.differsFrom(previous)) {
            mountListeners.forEach(l -> deliver(l, snapshot));
        }
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
