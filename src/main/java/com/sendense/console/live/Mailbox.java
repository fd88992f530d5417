package com.sendense.console.live;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's delivery slot: the publisher (poller or ticker) only stores the newest value
 * and, if no delivery is under way, hands one to the executor. Values reach the listener one at a
 * time and in order; a listener that is slower than the publisher (a UI whose browser is slow to
 * take its push) skips to the newest value instead of building a backlog. Every published value is
 * a complete state (a job snapshot, the board, the hub status, the mounts, the time), so skipping
 * an intermediate one loses nothing.
 *
 * <p>This keeps the one poller and the one ticker independent of how many UIs watch and how fast
 * their browsers are: the push to each UI (Vaadin locks the session and writes to the socket in the
 * thread that calls {@code accessLater}'s wrapper) runs on the delivery executor, never on theirs.
 *
 * @param <T> the published state
 */
final class Mailbox<T> implements Consumer<T> {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final Consumer<T> listener;
    private final Executor executor;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Mailbox(Consumer<T> listener, Executor executor) {
        this.listener = listener;
        this.executor = executor;
    }

    @Override
    public void accept(T value) {
        latest.set(value);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // Shutting down: nobody is left to tell.
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        T value;
        while ((value = latest.getAndSet(null)) != null) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                // One broken UI must not stop the others, or this slot, from getting updates.
                log.warn("A live-update listener failed", e);
            }
        }
        scheduled.set(false);
        // A value published between the last read and the reset above would otherwise wait for the next one.
        if (latest.get() != null) {
            schedule();
        }
    }
}
