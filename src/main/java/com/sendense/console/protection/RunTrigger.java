package com.sendense.console.protection;

/** Why a flow ran. */
public enum RunTrigger {
    /** Its schedule fell due while the console was running. */
    SCHEDULE,
    /** Someone pressed "Run now". */
    MANUAL,
    /** A due time passed while no console was running; run once when one came back. */
    CATCH_UP
}
