package com.sendense.console.restore;

import com.sendense.console.hub.RestoreResources;

/** A comparison needs one more mount and the hub has no free slot; nothing was mounted. */
public class NoFreeSlotException extends RuntimeException {

    private final transient RestoreResources slots;

    public NoFreeSlotException(RestoreResources slots) {
        super("All " + slots.maxMounts() + " mount slots of the hub are in use");
        this.slots = slots;
    }

    public RestoreResources slots() {
        return slots;
    }
}
