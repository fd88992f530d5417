package com.sendense.console.hub;

/** The hub lists only mounting and mounted ones. */
public enum MountStatus {
    MOUNTING, MOUNTED, UNMOUNTING, FAILED, UNKNOWN
}
