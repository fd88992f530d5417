package com.sendense.console.hub;

/** For {@link #VM} the flow's target is a context id. */
public enum FlowTargetType {
    VM, GROUP, UNKNOWN
}
