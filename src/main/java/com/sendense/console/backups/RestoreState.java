package com.sendense.console.backups;

public enum RestoreState {
    MOUNTABLE,
    /** The hub marks a backup completed before each disk's own completion arrives, and only then can it mount. */
    JUST_FINISHED
}
