package com.sendense.console.hub;

/** Full or incremental. An incremental needs a completed full backup of the same VM in the same repository. */
public enum BackupType {
    FULL("full"),
    INCREMENTAL("incremental");

    private final String wireValue;

    BackupType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The hub's spelling.
     *
     * @return {@code full} or {@code incremental}
     */
    public String wireValue() {
        return wireValue;
    }
}
