package com.sendense.console.protection;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scheduled runs between {@code from} and {@code to}, by repository, and the pairs of runs of
 * different flows that start on one repository less than {@code window} apart. A flow is not said to
 * collide with itself: the scheduler skips a run while the flow's previous one is still going.
 */
public record Timeline(ZonedDateTime from, ZonedDateTime to, Duration window, List<PlannedRun> runs,
        List<RunCollision> collisions) {

    public Timeline {
        runs = List.copyOf(runs);
        collisions = List.copyOf(collisions);
    }

    public static Timeline of(ZonedDateTime from, ZonedDateTime to, Duration window, List<PlannedRun> runs) {
        List<PlannedRun> sorted = runs.stream()
                .sorted(Comparator.comparing((PlannedRun r) -> r.at().toInstant()).thenComparing(PlannedRun::flowName))
                .toList();
        return new Timeline(from, to, window, sorted, collisions(sorted, window));
    }

    /** Repository names, sorted, each with its runs in time order. */
    public Map<String, List<PlannedRun>> byRepository() {
        Map<String, List<PlannedRun>> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        runs.forEach(r -> rows.computeIfAbsent(r.repositoryName(), k -> new ArrayList<>()).add(r));
        return rows;
    }

    public boolean collides(PlannedRun run) {
        return collisions.stream().anyMatch(c -> c.first().equals(run) || c.second().equals(run));
    }

    private static List<RunCollision> collisions(List<PlannedRun> sorted, Duration window) {
        List<RunCollision> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PlannedRun first = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                PlannedRun second = sorted.get(j);
                if (Duration.between(first.at(), second.at()).compareTo(window) >= 0) {
                    break;
                }
                if (second.repositoryName().equals(first.repositoryName()) && !second.flowId().equals(first.flowId())) {
                    found.add(new RunCollision(first.repositoryName(), first, second));
                }
            }
        }
        return found;
    }
}
