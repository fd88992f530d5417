package com.sendense.console.protection;

/** What a run did for one VM. */
public enum VmOutcome {

    /** Its backup is being started. */
    STARTING,
    /** Its backup started and is running. */
    RUNNING, COMPLETED,
    /** Its backup started and then failed. */
    FAILED,
    /** The hub refused to start its backup (the message says why). */
    START_FAILED,
    /** Not started: a backup of the VM was already running. */
    SKIPPED_ALREADY_RUNNING,
    /** Not started: the VM is no longer on the hub. */
    SKIPPED_NOT_FOUND;

    public boolean finished() {
        return this != STARTING && this != RUNNING;
    }
}
