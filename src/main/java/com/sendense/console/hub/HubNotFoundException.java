package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * The thing asked for does not exist, or no longer does: a VM, repository, backup,
 * flow, mount (unknown, expired or cleaned up), disk (or its backup is not complete yet), QCOW2
 * file or path. The restore endpoints report these as 500; the code tells them apart.
 */
public final class HubNotFoundException extends HubException {

    /**
     * @param operation the failed {@link HubClient} method
     * @param code what happened
     * @param status the HTTP status, if any
     * @param hubMessage the hub's message, if any
     * @param details further detail, if any
     */
    public HubNotFoundException(
            String operation,
            HubErrorCode code,
            @Nullable Integer status,
            @Nullable String hubMessage,
            @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
