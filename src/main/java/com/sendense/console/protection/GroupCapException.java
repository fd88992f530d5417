package com.sendense.console.protection;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

/** Refused before the hub's 409: more VMs chosen than the group has free slots. */
public class GroupCapException extends RuntimeException implements Explained {

    private final int maxVms;
    private final int freeSlots;
    private final Text text;

    public GroupCapException(int maxVms, int freeSlots, int chosen) {
        this(maxVms, freeSlots, Text.of("protection.groups.cap", maxVms, freeSlots, chosen));
    }

    private GroupCapException(int maxVms, int freeSlots, Text text) {
        super(Messages.english(text));
        this.maxVms = maxVms;
        this.freeSlots = freeSlots;
        this.text = text;
    }

    public int maxVms() {
        return maxVms;
    }

    public int freeSlots() {
        return freeSlots;
    }

    @Override
    public Text text() {
        return text;
    }
}
