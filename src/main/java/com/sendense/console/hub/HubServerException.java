package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * The hub failed (a 5xx this client has no better code for, a backup agent failure),
 * answered with a status it never normally sends, or sent a body that could not be read
 * ({@link HubErrorCode#UNDECODABLE_RESPONSE}).
 */
public final class HubServerException extends HubException {

    /**
     * @param operation the failed {@link HubClient} method
     * @param code what happened
     * @param status the HTTP status, if any
     * @param hubMessage the hub's message, if any
     * @param details further detail, if any
     */
    public HubServerException(
            String operation,
            HubErrorCode code,
            @Nullable Integer status,
            @Nullable String hubMessage,
            @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
