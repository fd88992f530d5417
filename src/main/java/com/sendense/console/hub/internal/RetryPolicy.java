package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded retries for reads that got no answer. Writes are never retried: the hub has no
 * duplicate guard, and a lost answer may hide work that was done.
 */
final class RetryPolicy {

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    /** Waits between attempts; a seam so tests need not sleep. */
    @FunctionalInterface
    interface Sleeper {

        void sleep(Duration duration) throws InterruptedException;
    }

    private final List<Duration> backoffs;
    private final Sleeper sleeper;

    RetryPolicy(List<Duration> backoffs, Sleeper sleeper) {
        this.backoffs = List.copyOf(backoffs);
        this.sleeper = sleeper;
    }

    /** Two retries, 200 ms then 800 ms: rides out a hub restart blip, not an outage. */
    static RetryPolicy standard() {
        return new RetryPolicy(List.of(Duration.ofMillis(200), Duration.ofMillis(800)),
                d -> Thread.sleep(d.toMillis()));
    }

    <T> T run(HubCall call, Supplier<T> attempt) {
        for (int retry = 0;; retry++) {
            try {
                return attempt.get();
            } catch (HubUnavailableException e) {
                if (!call.retryable() || retry >= backoffs.size()) {
                    throw e;
                }
                log.debug("{}: no answer from the hub ({}), retry {} of {}", call.operation(), e.code(), retry + 1,
                        backoffs.size());
                try {
                    sleeper.sleep(backoffs.get(retry));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
