package com.sendense.console.restore;

/** How a download ended, as the audit log records it. */
public enum DownloadOutcome {
    /** Every byte reached the browser. */
    COMPLETE,
    /** The hub cut the body short (its 15 s write timeout): the browser was told the file failed. */
    TRUNCATED,
    /** The browser or the network went away mid-download. */
    ABORTED,
    /** The hub refused before sending anything (file gone, mount expired…). */
    FAILED
}
