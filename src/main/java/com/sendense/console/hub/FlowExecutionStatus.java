package com.sendense.console.hub;

/** The outcome of one run of a protection flow. */
public enum FlowExecutionStatus {
    PENDING,
    RUNNING,
    SUCCESS,
    WARNING,
    ERROR,
    CANCELLED,
    /** Any value this console does not know. */
    UNKNOWN
}
