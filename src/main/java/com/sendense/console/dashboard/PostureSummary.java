package com.sendense.console.dashboard;

import java.util.Collection;

/**
 * The headline figures over the VMs shown.
 *
 * @param vms VMs counted
 * @param within comfortably within their target
 * @param atRisk within their target but close to it
 * @param overdue past their target
 * @param unprotected without a recent completed backup
 * @param hidden whose backups the hub does not list
 */
public record PostureSummary(int vms, int within, int atRisk, int overdue, int unprotected, int hidden) {

    static PostureSummary of(Collection<VmPosture> postures) {
        int[] counts = new int[PostureState.values().length];
        postures.forEach(p -> counts[p.state().ordinal()]++);
        return new PostureSummary(postures.size(), counts[PostureState.WITHIN.ordinal()],
                counts[PostureState.AT_RISK.ordinal()], counts[PostureState.OVERDUE.ordinal()],
                counts[PostureState.UNPROTECTED.ordinal()], counts[PostureState.HIDDEN.ordinal()]);
    }

    /** VMs that meet their target: within plus at risk. */
    public int meetingTarget() {
        return within + atRisk;
    }

    /** The share of VMs meeting their target, 0–100; 0 when there are no VMs. */
    public double meetingTargetPercent() {
        return vms == 0 ? 0 : meetingTarget() * 100.0 / vms;
    }
}
