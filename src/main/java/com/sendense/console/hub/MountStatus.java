package com.sendense.console.hub;

/** A mount's state. The hub lists only mounting and mounted ones. */
public enum MountStatus {
    MOUNTING,
    MOUNTED,
    UNMOUNTING,
    FAILED,
    /** Any value this console does not know. */
    UNKNOWN
}
