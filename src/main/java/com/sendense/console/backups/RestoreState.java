package com.sendense.console.backups;

/** Whether a completed backup can be mounted for file-level restore. */
public enum RestoreState {
    /** Completed: any disk can be mounted. */
    MOUNTABLE,
    /**
     * Completed moments ago. The hub marks a backup completed when the agent says so, but a disk
     * becomes mountable only when its own completion arrives, which can be a little later.
     */
    JUST_FINISHED
}
