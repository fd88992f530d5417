package com.sendense.console.protection;

import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest extends CoverageTestBase {

    static final Duration WINDOW = Duration.ofMinutes(30);

    @Test
    void runs_of_two_flows_on_one_repository_within_the_window_collide() {
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", "0 0 1 * * *", true),
                groupFlow("DB nightly", databases, "Primary", "0 15 1 * * *", true)), List.of(databases));

        Timeline timeline = coverage.timeline(WINDOW);

        assertThat(timeline.runs()).extracting(PlannedRun::flowName, PlannedRun::vmCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Web nightly", 1),
                        org.assertj.core.groups.Tuple.tuple("DB nightly", 2));
        assertThat(timeline.collisions()).singleElement().satisfies(c -> {
            assertThat(c.repositoryName()).isEqualTo("Primary");
            assertThat(c.apart()).isEqualTo(Duration.ofMinutes(15));
        });
        assertThat(timeline.runs()).allMatch(timeline::collides);
    }

    @Test
    void runs_far_enough_apart_or_on_different_repositories_do_not_collide() {
        serve(hub,
                List.of(vmFlow("Web nightly", web, "Primary", "0 0 1 * * *", true),
                        vmFlow("SQL nightly", sql, "Primary", "0 30 1 * * *", true),
                        vmFlow("PG nightly", pg, "NAS", "0 0 1 * * *", true)),
                List.of());

        Timeline timeline = coverage.timeline(WINDOW);

        assertThat(timeline.collisions()).isEmpty();
        assertThat(timeline.byRepository()).containsOnlyKeys("NAS", "Primary");
    }

    @Test
    void a_flow_does_not_collide_with_itself_and_only_the_next_24_hours_count() {
        serve(hub, List.of(vmFlow("Web quarter-hourly", web, "Primary", "0 */15 * * * *", true),
                vmFlow("Off", sql, "Primary", "0 10 13 * * *", false)), List.of());

        Timeline timeline = coverage.timeline(WINDOW);

        assertThat(timeline.runs()).hasSize(24 * 4);
        assertThat(timeline.collisions()).isEmpty();
        assertThat(timeline.runs().getLast().at().toInstant()).isBefore(clock.instant().plus(Duration.ofHours(24)));
    }

    @Test
    void a_wider_window_finds_more_collisions() {
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", "0 0 1 * * *", true),
                vmFlow("SQL nightly", sql, "Primary", "0 45 1 * * *", true)), List.of());

        assertThat(coverage.timeline(WINDOW).collisions()).isEmpty();
        assertThat(coverage.timeline(Duration.ofHours(1)).collisions()).hasSize(1);
    }
}
