package com.sendense.console.live;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * The guard of a scheduled trigger that runs on the task executor ({@code @Async}): the scheduler
 * does not wait for an async run, so a run that falls due while the previous one still works
 * (a slow hub) is skipped instead of piling up; and anything a run throws is logged, because an
 * exception escaping an {@code @Async} method is lost and nobody would know the job fails.
 */
public final class OneRunAtATime {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final String failure;

    /**
     * @param failure what is logged, with the exception, when a run fails unexpectedly
     */
    public OneRunAtATime(Logger log, String failure) {
        this.log = log;
        this.failure = failure;
    }

    /** Runs {@code work} unless a run is still going; says whether it ran. */
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
