package com.sendense.console.hub;

public enum FlowExecutionStatus {
    PENDING, RUNNING, SUCCESS, WARNING, ERROR, CANCELLED,
    /** Any value this console does not know. */
    UNKNOWN
}
