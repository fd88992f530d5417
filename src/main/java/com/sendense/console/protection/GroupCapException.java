package com.sendense.console.protection;

/** Refused before the hub's 409: more VMs chosen than the group has free slots. */
public class GroupCapException extends RuntimeException {

    private final int maxVms;
    private final int freeSlots;

    public GroupCapException(int maxVms, int freeSlots, int chosen) {
        super("This group holds at most %d VMs; %s. You chose %d. Raise the group's size limit first (Edit)."
                .formatted(maxVms, slots(freeSlots), chosen));
        this.maxVms = maxVms;
        this.freeSlots = freeSlots;
    }

    public int maxVms() {
        return maxVms;
    }

    public int freeSlots() {
        return freeSlots;
    }

    /** "no free slot", "1 free slot", "3 free slots". */
    public static String slots(int free) {
        return switch (free) {
            case 0 -> "no free slot";
            case 1 -> "1 free slot";
            default -> free + " free slots";
        };
    }
}
