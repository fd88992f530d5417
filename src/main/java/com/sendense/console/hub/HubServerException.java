package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** The hub failed, answered with a status it never normally sends, or sent an unreadable body. */
public final class HubServerException extends HubException {

    public HubServerException(String operation, HubErrorCode code, @Nullable Integer status,
            @Nullable String hubMessage, @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
