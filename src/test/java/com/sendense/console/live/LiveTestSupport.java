package com.sendense.console.live;

import java.time.Instant;

/** Lets tests of other packages drive the live updates as the ticker and poller would. */
public final class LiveTestSupport {

    private LiveTestSupport() {}

    /** One tick of the application-wide ticker. */
    public static void tick(LiveUpdates live, Instant now) {
        live.publishTick(now);
    }

    /** A mounts poll result, as the poller publishes it. */
    public static void publishMounts(LiveUpdates live, MountsSnapshot snapshot) {
        live.publishMounts(snapshot);
    }
}
