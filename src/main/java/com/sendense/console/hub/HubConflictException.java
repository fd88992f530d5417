package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * The hub is busy or blocked: a mount still mounting, all 8 mounts in use, no free
 * NBD device, or a failed earlier mount blocking the disk
 * ({@link HubErrorCode#MOUNT_BLOCKED_BY_FAILED_MOUNT}, which needs an administrator).
 */
public final class HubConflictException extends HubException {

    /**
     * @param operation the failed {@link HubClient} method
     * @param code what happened
     * @param status the HTTP status, if any
     * @param hubMessage the hub's message, if any
     * @param details further detail, if any
     */
    public HubConflictException(
            String operation,
            HubErrorCode code,
            @Nullable Integer status,
            @Nullable String hubMessage,
            @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
