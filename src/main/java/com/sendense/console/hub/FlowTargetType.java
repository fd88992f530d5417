package com.sendense.console.hub;

/** What a protection flow protects: one VM (target is a context id) or a machine group. */
public enum FlowTargetType {
    VM,
    GROUP,
    /** Any value this console does not know. */
    UNKNOWN
}
