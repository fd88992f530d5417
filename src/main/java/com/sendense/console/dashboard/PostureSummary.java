package com.sendense.console.dashboard;

import java.util.Collection;

/** {@code vms} includes the {@code hidden} ones, whose backups the hub does not list. */
public record PostureSummary(int vms, int within, int atRisk, int overdue, int unprotected, int hidden) {

    static PostureSummary of(Collection<VmPosture> postures) {
        int[] counts = new int[PostureState.values().length];
        postures.forEach(p -> counts[p.state().ordinal()]++);
        return new PostureSummary(postures.size(), counts[PostureState.WITHIN.ordinal()],
                counts[PostureState.AT_RISK.ordinal()], counts[PostureState.OVERDUE.ordinal()],
                counts[PostureState.UNPROTECTED.ordinal()], counts[PostureState.HIDDEN.ordinal()]);
    }

    /** Within plus at risk: an at-risk VM's last good backup is still younger than its target. */
    public int meetingTarget() {
        return within + atRisk;
    }

    /** The share's denominator: nothing is known of the hidden VMs. */
    public int counted() {
        return vms - hidden;
    }

    /** 0 when no VM is counted. */
    public double meetingTargetPercent() {
        return counted() == 0 ? 0 : meetingTarget() * 100.0 / counted();
    }
}
