package com.sendense.console.live;

import java.util.Comparator;
import java.util.List;

/**
 * Every job the console follows: the active ones and those that ended recently, newest first.
 * Published as a whole whenever any job in it changed.
 *
 * @param active jobs that may still make progress (stalled ones included)
 * @param finished jobs that ended within {@link LiveUpdates#FINISHED_RETENTION}
 */
public record JobBoard(List<JobSnapshot> active, List<JobSnapshot> finished) {

    /** Nothing followed. */
    public static final JobBoard EMPTY = new JobBoard(List.of(), List.of());

    static final Comparator<JobSnapshot> NEWEST_FIRST =
            Comparator.comparing(JobSnapshot::startedAt).reversed().thenComparing(s -> s.id().value());

    public JobBoard {
        active = List.copyOf(active);
        finished = List.copyOf(finished);
    }

    /**
     * How many jobs are active.
     *
     * @return the count, stalled ones included
     */
    public int activeCount() {
        return active.size();
    }
}
