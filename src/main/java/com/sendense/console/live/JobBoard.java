package com.sendense.console.live;

import java.util.Comparator;
import java.util.List;

/** Every followed job, newest first: active ones (stalled included) and those ended within {@link LiveUpdates#FINISHED_RETENTION}. */
public record JobBoard(List<JobSnapshot> active, List<JobSnapshot> finished) {

    public static final JobBoard EMPTY = new JobBoard(List.of(), List.of());

    static final Comparator<JobSnapshot> NEWEST_FIRST =
            Comparator.comparing(JobSnapshot::startedAt).reversed().thenComparing(s -> s.id().value());

    public JobBoard {
        active = List.copyOf(active);
        finished = List.copyOf(finished);
    }

    public int activeCount() {
        return active.size();
    }
}
