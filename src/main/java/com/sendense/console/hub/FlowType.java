package com.sendense.console.hub;

public enum FlowType {
    BACKUP, REPLICATION,
    /** Any value this console does not know. */
    UNKNOWN
}
