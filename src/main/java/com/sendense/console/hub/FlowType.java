package com.sendense.console.hub;

/** What a protection flow does. */
public enum FlowType {
    BACKUP,
    REPLICATION,
    /** Any value this console does not know. */
    UNKNOWN
}
