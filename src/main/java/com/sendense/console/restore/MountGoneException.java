package com.sendense.console.restore;

import com.sendense.console.hub.MountId;

/** The mount is not known to the console or has expired: the user can mount the disk again. */
public class MountGoneException extends RuntimeException {

    private final MountId mountId;

    public MountGoneException(MountId mountId) {
        super("The mount " + mountId + " has expired or is not known to the console");
        this.mountId = mountId;
    }

    public MountId mountId() {
        return mountId;
    }
}
