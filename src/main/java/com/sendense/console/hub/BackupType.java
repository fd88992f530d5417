package com.sendense.console.hub;

/** An incremental needs a completed full backup of the same VM in the same repository. */
public enum BackupType {

    FULL("full"), INCREMENTAL("incremental");

    private final String wireValue;

    BackupType(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }
}
