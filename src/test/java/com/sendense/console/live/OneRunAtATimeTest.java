package com.sendense.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class OneRunAtATimeTest {

    private final Logger log = mock(Logger.class);
    private final OneRunAtATime runs = new OneRunAtATime(log, "Sweep failed unexpectedly");

    @Test
    void a_run_that_falls_due_while_one_is_going_is_skipped() {
        List<String> ran = new ArrayList<>();
        List<Boolean> nested = new ArrayList<>();

        boolean first = runs.run(() -> {
            ran.add("first");
            nested.add(runs.run(() -> ran.add("overlapping")));
        });

        assertThat(first).isTrue();
        assertThat(nested).containsExactly(false);
        assertThat(ran).containsExactly("first");
    }

    @Test
    void a_failed_run_is_logged_and_the_next_one_runs() {
        var boom = new IllegalStateException("boom");
        List<String> ran = new ArrayList<>();

        runs.run(() -> {
            throw boom;
        });
        boolean next = runs.run(() -> ran.add("next"));

        verify(log).error(eq("Sweep failed unexpectedly"), same(boom));
        assertThat(next).isTrue();
        assertThat(ran).containsExactly("next");
    }
}
