package com.sendense.console.hub;

/** From vCenter's {@code poweredOn}/{@code poweredOff}/{@code suspended}. */
public enum PowerState {
    ON, OFF, SUSPENDED, UNKNOWN
}
