package com.sendense.console.protection;

import static com.sendense.console.protection.CoverageFixtures.DAILY_0100;
import static com.sendense.console.protection.CoverageFixtures.WEEKDAYS_0100;
import static com.sendense.console.protection.CoverageFixtures.group;
import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.users.VmScope;
import com.sendense.reliability.HubFault;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProtectionCoverageTest extends CoverageTestBase {

    @Test
    void a_flow_on_a_vm_covers_that_vm_only_and_runs_next_at_its_cron_in_the_hubs_zone() {
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true)), List.of());

        Coverage result = coverage.coverage();

        VmCoverage w = result.forVm(web.contextId()).orElseThrow();
        assertThat(w.notScheduled()).isFalse();
        assertThat(w.nextFlow().orElseThrow().flowName()).isEqualTo("Web nightly");
        assertThat(w.nextRun()).contains(ZonedDateTime.of(2025, 10, 10, 1, 0, 0, 0, LONDON));
        assertThat(w.gap()).contains(Duration.ofHours(24));
        assertThat(result.forVm(sql.contextId()).orElseThrow().notScheduled()).isTrue();
        assertThat(result.forVm(sql.contextId()).orElseThrow().whyNotScheduled()).isEqualTo("no flow targets it");
        assertThat(result.notScheduled()).extracting(VmCoverage::vmName).containsExactly("sql-prod-01", "pgtest1");
    }

    @Test
    void a_flow_on_a_group_covers_its_members_and_says_through_which_group() {
        serve(hub, List.of(groupFlow("DB nightly", databases, "Primary", DAILY_0100, true)), List.of(databases));

        Coverage result = coverage.coverage();

        assertThat(result.notScheduled()).extracting(VmCoverage::vmName).containsExactly("web-01");
        CoveringFlow viaGroup = result.forVm(pg.contextId()).orElseThrow().nextFlow().orElseThrow();
        assertThat(viaGroup.targetType()).isEqualTo(FlowTargetType.GROUP);
        assertThat(viaGroup.label()).isEqualTo("DB nightly (through group Databases)");
        assertThat(viaGroup.label(Locale.GERMAN)).isEqualTo("DB nightly (über Gruppe Databases)");
    }

    @Test
    void a_disabled_flow_does_not_count_and_says_so() {
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, false)), List.of());

        VmCoverage w = coverage.coverage().forVm(web.contextId()).orElseThrow();

        assertThat(w.notScheduled()).isTrue();
        assertThat(w.nextRun()).isEmpty();
        assertThat(w.whyNotScheduled()).isEqualTo("flow Web nightly is disabled");
        assertThat(w.whyNotScheduled(Locale.GERMAN)).isEqualTo("Flow Web nightly ist deaktiviert");
    }

    @Test
    void the_earliest_of_several_flows_runs_next_and_their_runs_together_set_the_gap() {
        serve(hub,
                List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true),
                        vmFlow("Web lunch", web, "Primary", "0 0 13 * * *", true),
                        vmFlow("Web hourly, off", web, "Primary", "0 0 * * * *", false)),
                List.of());

        VmCoverage w = coverage.coverage().forVm(web.contextId()).orElseThrow();

        // 13:00 local is now: the lunch run is tomorrow, the nightly one tonight
        assertThat(w.nextFlow().orElseThrow().flowName()).isEqualTo("Web nightly");
        assertThat(w.gap()).contains(Duration.ofHours(12));
        assertThat(w.ignored()).extracting(CoveringFlow::flowName).containsExactly("Web hourly, off");
    }

    @Test
    void an_enabled_flow_whose_cron_the_console_cannot_run_leaves_the_vm_not_scheduled() {
        serve(hub, List.of(vmFlow("Five fields", web, "Primary", "0 1 * * *", true),
                vmFlow("No schedule", sql, "Primary", null, true)), List.of());

        Coverage result = coverage.coverage();

        assertThat(result.forVm(web.contextId()).orElseThrow().whyNotScheduled())
                .startsWith("flow Five fields does not run: its schedule \"0 1 * * *\" is not one the console can run");
        assertThat(result.forVm(sql.contextId()).orElseThrow().whyNotScheduled())
                .isEqualTo("flow No schedule does not run: it has no schedule");
        assertThat(result.notScheduled()).hasSize(3);
    }

    @Test
    void a_weekday_schedule_has_the_weekend_as_its_longest_gap() {
        serve(hub, List.of(vmFlow("Weekdays", web, "Primary", WEEKDAYS_0100, true)), List.of());

        assertThat(coverage.coverage().forVm(web.contextId()).orElseThrow().gap()).contains(Duration.ofHours(72));
    }

    @Test
    void flows_whose_group_or_vm_is_gone_are_reported_and_protect_nothing() {
        MachineGroup deleted = group("Old", web);
        VmContext removed = FakeHubClient.vm("gone-01", "linux", PowerState.OFF);
        serve(hub, List.of(groupFlow("Old group", deleted, "Primary", DAILY_0100, true),
                vmFlow("Gone VM", removed, "Primary", DAILY_0100, false)), List.of());

        Coverage result = coverage.coverage();

        assertThat(result.dangling()).extracting(DanglingFlow::flowName)
                .containsExactlyInAnyOrder("Old group", "Gone VM");
        assertThat(result.notScheduled()).hasSize(3);
    }

    @Test
    void help_desk_sees_only_the_vms_in_its_scope_and_no_dangling_flows() {
        when(user.vmScope()).thenReturn(VmScope.of(List.of("web-*")));
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true), flowOnMissingGroup()), List.of());

        Coverage result = coverage.coverage();

        assertThat(result.vms()).extracting(VmCoverage::vmName).containsExactly("web-01");
        assertThat(result.dangling()).isEmpty();
    }

    @Test
    void the_hub_is_read_once_per_half_minute_unless_a_page_invalidates() {
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true)), List.of());
        assertThat(coverage.coverage().notScheduled()).hasSize(2);

        serve(hub, List.of(), List.of());
        clock.advance(Duration.ofSeconds(20));
        assertThat(coverage.coverage().notScheduled()).hasSize(2);

        coverage.invalidate();
        assertThat(coverage.coverage().notScheduled()).hasSize(3);
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true)), List.of());
        clock.advance(Duration.ofSeconds(31));
        assertThat(coverage.coverage().notScheduled()).hasSize(2);
    }

    @Test
    @HubFault("hub down")
    void an_unreachable_hub_is_an_error_not_an_empty_coverage() {
        hub.failWith(FakeHubClient.unreachable());

        assertThatThrownBy(coverage::coverage).isInstanceOf(HubUnavailableException.class);
    }

    private static com.sendense.console.hub.ProtectionFlow flowOnMissingGroup() {
        return CoverageFixtures.flow("Lost", FlowTargetType.GROUP, "group-gone", "Primary", DAILY_0100, true);
    }
}
