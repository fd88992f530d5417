package com.sendense.console.live;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's delivery slot: it keeps only the newest value and has at most one delivery under way,
 * so a slow browser skips to the newest complete state instead of building a backlog or holding the poller.
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
