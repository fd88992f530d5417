package com.sendense.console.protection;

/** A schedule the console cannot run, with the reason in words a user can act on. */
public final class InvalidScheduleException extends IllegalArgumentException {

    public InvalidScheduleException(String message) {
        super(message);
    }
}
