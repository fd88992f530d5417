package com.sendense.console.hub;

import java.util.List;

/** The hub stops at the first problem and checks neither groups, repositories, policies nor schedules. */
public record FlowValidation(boolean valid, List<String> errors) {

    public FlowValidation {
        errors = List.copyOf(errors);
    }
}
