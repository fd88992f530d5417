package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/** The request cannot be honoured as it is; {@link #hubMessage()} is meant to be shown. */
public final class HubRejectedException extends HubException {

    public HubRejectedException(String operation, HubErrorCode code, @Nullable Integer status,
            @Nullable String hubMessage, @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
