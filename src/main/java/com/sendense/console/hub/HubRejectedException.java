package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * The request cannot be honoured as it is: invalid parameters (400), an unknown route
 * (404 text) or method (405), an incremental without a full backup, a VM without credential or
 * disks, an unmountable disk, a path traversal, an unsupported archive format. Its
 * {@link #hubMessage()} is meant to be shown.
 */
public final class HubRejectedException extends HubException {

    /**
     * @param operation the failed {@link HubClient} method
     * @param code what happened
     * @param status the HTTP status, if any
     * @param hubMessage the hub's message, if any
     * @param details further detail, if any
     */
    public HubRejectedException(
            String operation,
            HubErrorCode code,
            @Nullable Integer status,
            @Nullable String hubMessage,
            @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
