package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

public enum RpoScope {

    /** Every VM without an override. */
    DEFAULT("dashboard.scope.default"),
    /** Every VM in a hub group, unless the VM has its own. */
    GROUP("dashboard.scope.group"), VM("dashboard.scope.vm");

    private final String key;

    RpoScope(String key) {
        this.key = key;
    }

    /** The scope in words, e.g. "Group". */
    public Text label() {
        return Text.of(key);
    }
}
