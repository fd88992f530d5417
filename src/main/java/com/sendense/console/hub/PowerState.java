package com.sendense.console.hub;

/** A VM's power state, from vCenter's {@code poweredOn}/{@code poweredOff}/{@code suspended}. */
public enum PowerState {
    ON,
    OFF,
    SUSPENDED,
    /** Any other value the hub might report. */
    UNKNOWN
}
