package com.sendense.console.hub;

/**
 * The hub's real lifecycle is {@code running → completed | failed}: {@link #STARTED} appears only in
 * the start response, {@link #PENDING} only on internal per-disk rows, and nothing sets
 * {@link #CANCELLED}. A job without telemetry stays running forever, hence
 * {@link HubProperties#stallThreshold()}.
 */
public enum BackupStatus {

    STARTED("started"), PENDING("pending"), RUNNING("running"), COMPLETED("completed"), FAILED("failed"), CANCELLED(
            "cancelled"), UNKNOWN("");

    private final String wireValue;

    BackupStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public boolean isActive() {
        return this == STARTED || this == PENDING || this == RUNNING;
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
