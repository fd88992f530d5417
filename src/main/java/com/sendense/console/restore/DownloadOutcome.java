package com.sendense.console.restore;

/** How a download ended, as the audit log records it. */
public enum DownloadOutcome {
    /**
     * Written before the first byte; replaced by the end state. A row still STARTED that this
     * console is not running ended with the console (crash, restart) before its end was recorded.
     */
    STARTED,
    /** Every byte reached the browser. */
    COMPLETE,
    /** The hub cut the body short (its 15 s write timeout): the browser was told the file failed. */
    TRUNCATED,
    /** The browser or the network went away mid-download. */
    ABORTED,
    /** The hub refused before sending anything (file gone, mount expired…). */
    FAILED,
    /** The console refused it (manager, VM out of scope, symlink); nothing was read from the hub. */
    REFUSED
}
