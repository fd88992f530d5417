package com.sendense.console.dashboard;

import java.util.Collection;

/**
 * The headline figures over the VMs shown.
 *
 * @param vms VMs shown, including those whose backups the hub does not list
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

    /** VMs that meet their target: within plus at risk (an at-risk VM's last good backup is still younger than its target). */
    public int meetingTarget() {
        return within + atRisk;
    }

    /** The VMs whose backups the console can see: the share's denominator, since nothing is known of the others. */
    public int counted() {
        return vms - hidden;
    }

    /** The share of counted VMs meeting their target, 0–100; 0 when no VM is counted. */
    public double meetingTargetPercent() {
        return counted() == 0 ? 0 : meetingTarget() * 100.0 / counted();
    }
}
