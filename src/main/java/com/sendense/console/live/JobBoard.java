package com.sendense.console.live;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every followed job, newest first: active ones (stalled included) and those ended within
 * {@link LiveUpdates#FINISHED_RETENTION}.
 * {@code outage}: the hub's running list cannot be read now, so the lists are only what was last seen.
 */
public record JobBoard(List<JobSnapshot> active, List<JobSnapshot> finished, @Nullable Outage outage) {

    public static final JobBoard EMPTY = new JobBoard(List.of(), List.of());

    /** Unreadable since {@code since}; {@code lastRead}: the last good read, none if the hub never answered. */
    public record Outage(Instant since, @Nullable Instant lastRead) {}

    static final Comparator<JobSnapshot> NEWEST_FIRST = Comparator.comparing(JobSnapshot::startedAt)
            .reversed()
            .thenComparing(s -> s.id().value());

    public JobBoard {
        active = List.copyOf(active);
        finished = List.copyOf(finished);
    }

    public JobBoard(List<JobSnapshot> active, List<JobSnapshot> finished) {
        this(active, finished, null);
    }

    /** Whether the lists are the hub's current answer; an empty list is "none runs" only then. */
    public boolean known() {
        return outage == null;
    }

    public int activeCount() {
        return active.size();
    }
}
