package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** No answer from the hub: unreachable, a timeout, a connection closed without a response, or a proxy's 5xx. */
public final class HubUnavailableException extends HubException {

    private final boolean outcomeUnknown;

    public HubUnavailableException(String operation, HubErrorCode code, boolean outcomeUnknown, String description,
            @Nullable Throwable cause) {
        super(operation, code, null, null, description + (outcomeUnknown ? "; the hub may have acted" : ""), cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * The request may have been acted on (a write timed out or dropped); never for reads. The hub does
     * {@code startBackup} and {@code mount} synchronously with no duplicate guard: re-query, never retry.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
