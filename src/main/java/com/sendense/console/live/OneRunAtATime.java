package com.sendense.console.live;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Guards an {@code @Async} scheduled trigger: the scheduler does not wait for it, so a run falling due
 * while the last still works is skipped, and anything thrown is logged, as {@code @Async} would lose it.
 */
public final class OneRunAtATime {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final String failure;

    public OneRunAtATime(Logger log, String failure) {
        this.log = log;
        this.failure = failure;
    }

    public boolean run(Runnable work) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error(failure, e);
        } finally {
            running.set(false);
        }
        return true;
    }
}
