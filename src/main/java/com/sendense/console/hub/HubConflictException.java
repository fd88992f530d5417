package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * Busy, full or blocked (mounts, NBD devices, groups), or the name exists already.
 * {@link HubErrorCode#MOUNT_BLOCKED_BY_FAILED_MOUNT} needs an administrator.
 */
public final class HubConflictException extends HubException {

    public HubConflictException(String operation, HubErrorCode code, @Nullable Integer status,
            @Nullable String hubMessage, @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
