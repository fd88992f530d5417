package com.sendense.console.protection;

import java.util.List;

/**
 * What adding VMs from vCenter did, per VM name, as far as the console can tell: the hub's answer leaves
 * out names it skipped or did not find, and may be cut off, so the VM list is read again to decide.
 *
 * @param answerLost the hub's answer was cut off (its 15 s write timeout); the lines come from the VM list
 */
public record DiscoverAddResult(List<Line> lines, boolean answerLost) {

    public DiscoverAddResult {
        lines = List.copyOf(lines);
    }

    public enum Outcome {
        /** Confirmed by the hub's answer or, after a cut, by the VM list. */
        ADDED,
        /** A context with that name existed, so the hub skipped it without saying so. */
        ALREADY_EXISTED,
        /** The hub's own message is in {@link Line#detail()}. */
        FAILED,
        /** Left out of the hub's answer and not in the VM list: vCenter no longer reports that name. */
        NOT_REPORTED,
        /** The answer was lost and the VM is not in the VM list (yet): the hub may still be adding it. */
        UNCONFIRMED
    }

    /** {@code detail} is the hub's error for {@link Outcome#FAILED}, else empty. */
    public record Line(String vmName, Outcome outcome, String detail) {}

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
