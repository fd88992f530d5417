package com.sendense.console.protection;

import static com.sendense.console.protection.CoverageFixtures.group;
import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.VmScope;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Duration WINDOW = Duration.ofMinutes(30);

    final FakeHubClient hub = new FakeHubClient();
    final CurrentUser user = mock(CurrentUser.class);
    final MutableClock clock = new MutableClock(Instant.parse("2025-10-09T12:00:00Z"));
    final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    final VmContext sql = FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON);
    final VmContext pg = FakeHubClient.vm("pgtest1", "linux", PowerState.ON);
    final MachineGroup databases = group("Databases", sql, pg);
    ProtectionCoverage coverage;

    @BeforeEach
    void hub() {
        when(user.vmScope()).thenReturn(VmScope.ALL);
        hub.withVm(web).withVm(sql).withVm(pg);
        coverage = new ProtectionCoverage(hub, user, clock, new HubZone(LONDON));
    }

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
