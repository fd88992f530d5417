package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * The hub refused the console's credentials: 401/403, or the login itself failed.
 * Codes: {@link HubErrorCode#TOKEN_MISSING} (the hub needs a token and none is configured),
 * {@link HubErrorCode#TOKEN_INVALID_FORMAT}, {@link HubErrorCode#TOKEN_INVALID_OR_EXPIRED} (still
 * rejected after one fresh login), {@link HubErrorCode#INVALID_CREDENTIALS} (wrong appliance
 * token), {@link HubErrorCode#ACCESS_DENIED}.
 */
public final class HubAuthException extends HubException {

    /**
     * @param operation the failed {@link HubClient} method
     * @param code what happened
     * @param status the HTTP status, if any
     * @param hubMessage the hub's message, if any
     * @param details further detail, if any
     */
    public HubAuthException(
            String operation,
            HubErrorCode code,
            @Nullable Integer status,
            @Nullable String hubMessage,
            @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
