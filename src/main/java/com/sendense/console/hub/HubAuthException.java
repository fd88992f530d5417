package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * 401/403 or a failed login. {@link HubErrorCode#TOKEN_INVALID_OR_EXPIRED} means still rejected after
 * one fresh login.
 */
public final class HubAuthException extends HubException {

    public HubAuthException(String operation, HubErrorCode code, @Nullable Integer status, @Nullable String hubMessage,
            @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
