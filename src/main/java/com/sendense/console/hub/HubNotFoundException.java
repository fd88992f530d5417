package com.sendense.console.hub;

import org.jspecify.annotations.Nullable;

/**
 * Also an expired mount or a disk whose backup is incomplete; restore reports these as 500, the
 * code tells them apart.
 */
public final class HubNotFoundException extends HubException {

    public HubNotFoundException(String operation, HubErrorCode code, @Nullable Integer status,
            @Nullable String hubMessage, @Nullable String details) {
        super(operation, code, status, hubMessage, details, null);
    }
}
