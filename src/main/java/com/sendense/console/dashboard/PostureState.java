package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

/** How a VM stands against its RPO target, worst first. */
public enum PostureState {

    /** No completed backup at all, or none within {@link DashboardProperties#unprotectedAfter()}. */
    UNPROTECTED("dashboard.posture.unprotected"),
    /** The last good backup is older than the target. */
    OVERDUE("dashboard.posture.overdue"),
    /** Within the target, but past {@link DashboardProperties#atRiskFraction()} of it. */
    AT_RISK("dashboard.posture.atRisk"),
    /**
     * The hub does not list this VM's backups: it drops every row whose id contains {@code -disk},
     * which hides all backups of a VM with {@code -disk} in its name (contract §4.4).
     */
    HIDDEN("dashboard.posture.hidden"),
    /** Comfortably within the target. */
    WITHIN("dashboard.posture.within");

    private final String key;

    PostureState(String key) {
        this.key = key;
    }

    /** The state in words, e.g. "At risk". */
    public Text label() {
        return Text.of(key);
    }

    /** Whether the VM meets its target (within or at risk). */
    public boolean meetsTarget() {
        return this == WITHIN || this == AT_RISK;
    }
}
