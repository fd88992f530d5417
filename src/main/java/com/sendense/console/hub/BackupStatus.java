package com.sendense.console.hub;

/**
 * A backup's status.
 *
 * <p>The hub's real lifecycle is {@code running → completed | failed}. {@link #STARTED} only
 * appears in the response to {@code startBackup}; {@link #PENDING} only on internal per-disk
 * rows; nothing ever sets {@link #CANCELLED}. A running job that never sends telemetry stays
 * running forever, so the UI needs its own stall heuristic ({@link HubProperties#stallThreshold()}).
 */
public enum BackupStatus {
    STARTED("started"),
    PENDING("pending"),
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    /** Any value this console does not know. */
    UNKNOWN("");

    private final String wireValue;

    BackupStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The hub's spelling, empty for {@link #UNKNOWN}.
     *
     * @return e.g. {@code running}
     */
    public String wireValue() {
        return wireValue;
    }

    /**
     * Whether the backup may still make progress.
     *
     * @return {@code true} for started, pending and running
     */
    public boolean isActive() {
        return this == STARTED || this == PENDING || this == RUNNING;
    }

    /**
     * Whether the backup has finished for good.
     *
     * @return {@code true} for completed, failed and cancelled
     */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
