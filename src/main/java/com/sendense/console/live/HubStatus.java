package com.sendense.console.live;

import com.sendense.console.hub.HubException;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the console knows about the hub right now, shown by the status indicator and the outage
 * banner in every UI.
 *
 * @param state       reachable or not (UNKNOWN before the first check)
 * @param version     the hub's reported version, when known
 * @param baseUrl     where the console looks for the hub
 * @param demo        the hub is the console's embedded simulator
 * @param tokenConfigured the console authenticates to the hub with an appliance token
 * @param problem     the last failure while DOWN
 * @param since       when the current state began
 */
public record HubStatus(State state, @Nullable String version, @Nullable URI baseUrl, boolean demo,
        boolean tokenConfigured, @Nullable HubException problem, Instant since) {

    /** Reachability of the hub. */
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
