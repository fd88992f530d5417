package com.sendense.console.dashboard;

/** How a VM stands against its RPO target, worst first. */
public enum PostureState {

    /** No completed backup at all, or none within {@link DashboardProperties#unprotectedAfter()}. */
    UNPROTECTED("Unprotected"),
    /** The last good backup is older than the target. */
    OVERDUE("Overdue"),
    /** Within the target, but past {@link DashboardProperties#atRiskFraction()} of it. */
    AT_RISK("At risk"),
    /**
     * The hub does not list this VM's backups: it drops every row whose id contains {@code -disk},
     * which hides all backups of a VM with {@code -disk} in its name (contract §4.4).
     */
    HIDDEN("Not visible"),
    /** Comfortably within the target. */
    WITHIN("Within RPO");

    private final String label;

    PostureState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the VM meets its target (within or at risk). */
    public boolean meetsTarget() {
        return this == WITHIN || this == AT_RISK;
    }
}
