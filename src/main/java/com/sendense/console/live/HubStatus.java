package com.sendense.console.live;

import com.sendense.console.hub.HubException;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The hub as the status indicator and outage banner show it: UNKNOWN before the first check;
 * {@code demo}: the embedded simulator; {@code problem}: the last failure while DOWN.
 */
public record HubStatus(State state, @Nullable String version, @Nullable URI baseUrl, boolean demo,
        boolean tokenConfigured, @Nullable HubException problem, Instant since) {

    public enum State {
        UNKNOWN, UP, DOWN
    }

    public boolean isDown() {
        return state == State.DOWN;
    }

    HubStatus up(String newVersion, Instant now) {
        return new HubStatus(State.UP, newVersion, baseUrl, demo, tokenConfigured, null,
                state == State.UP ? since : now);
    }

    HubStatus down(HubException error, Instant now) {
        return new HubStatus(State.DOWN, version, baseUrl, demo, tokenConfigured, error,
                state == State.DOWN ? since : now);
    }
}
