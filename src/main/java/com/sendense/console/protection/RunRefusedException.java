package com.sendense.console.protection;

/** "Run now" refused, with the reason in words (the flow's previous run is still going, or it just started). */
public final class RunRefusedException extends RuntimeException {

    public RunRefusedException(String message) {
        super(message);
    }
}
