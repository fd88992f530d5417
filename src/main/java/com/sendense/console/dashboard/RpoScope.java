package com.sendense.console.dashboard;

public enum RpoScope {

    /** Every VM without an override. */
    DEFAULT("Default"),
    /** Every VM in a hub group, unless the VM has its own. */
    GROUP("Group"), VM("VM");

    private final String label;

    RpoScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
