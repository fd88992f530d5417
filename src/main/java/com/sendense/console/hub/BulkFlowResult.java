package com.sendense.console.hub;

import java.util.List;

/** The hub answers 200 even when every id failed: {@link #failed()} and {@link #errors()} tell. */
public record BulkFlowResult(String action, int requested, int successful, int failed, List<String> errors) {

    public BulkFlowResult {
        errors = List.copyOf(errors);
    }

    public boolean allSucceeded() {
        return failed == 0 && successful == requested;
    }
}
