package com.sendense.console.protection;

/** Where a flow's run stands, judged by the console from its backups, never from the hub's execution status alone. */
public enum RunState {

    /** Backups are being started or are running. */
    RUNNING,
    /** Every VM's backup completed. */
    SUCCEEDED,
    /** Some VMs' backups completed, others failed, did not start or were skipped. */
    PARTLY_FAILED,
    /** No VM's backup completed. */
    FAILED,
    /** Not run: the flow's previous run was still going (recorded so the gap is visible). */
    SKIPPED,
    /** A backup it started has shown no progress for longer than the stuck limit. */
    STUCK;

    public boolean finished() {
        return this != RUNNING && this != STUCK;
    }
}
