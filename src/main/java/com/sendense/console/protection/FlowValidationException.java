package com.sendense.console.protection;

/** A flow the hub or the console refused to create or change, with the reason in words. */
public final class FlowValidationException extends RuntimeException {

    public FlowValidationException(String message) {
        super(message);
    }

    public FlowValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
