package com.sendense.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.testsupport.FakeHubClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpoPolicyTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final VmGroup DB = new VmGroup("g1", "Databases", 90, true);
    private static final VmGroup TIER1 = new VmGroup("g2", "Tier 1", 200, true);

    private final RpoPolicy policy = RpoPolicy.of(List.of(new RpoTarget(RpoScope.DEFAULT, "", 24, T, "admin"),
            new RpoTarget(RpoScope.GROUP, "Databases", 12, T, "admin"),
            new RpoTarget(RpoScope.GROUP, "Tier 1", 4, T, "admin"),
            new RpoTarget(RpoScope.VM, "sql-prod-01", 48, T, "admin")));

    @Test
    void a_vm_without_overrides_gets_the_default() {
        assertThat(policy.targetFor(FakeHubClient.vm("web-01", "linux", PowerState.ON)))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void a_vm_in_several_groups_gets_the_strictest_group_target() {
        assertThat(policy.targetFor(FakeHubClient.vm("pg-prod-01", "linux", PowerState.ON, DB, TIER1)))
                .isEqualTo(Duration.ofHours(4));
        assertThat(policy.targetFor(FakeHubClient.vm("pg-replica", "linux", PowerState.ON, DB)))
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void a_vm_override_wins_over_its_groups() {
        assertThat(policy.targetFor(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON, DB, TIER1)))
                .isEqualTo(Duration.ofHours(48));
    }

    @Test
    void without_any_stored_target_the_default_is_a_day() {
        assertThat(RpoPolicy.of(List.of()).targetFor(FakeHubClient.vm("x", "linux", PowerState.ON)))
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void targets_are_between_an_hour_and_a_year_and_only_the_default_has_no_name() {
        assertThatThrownBy(() -> new RpoTarget(RpoScope.VM, "x", 0, T, "a")).hasMessageContaining("between 1 and 8784");
        assertThatThrownBy(() -> new RpoTarget(RpoScope.VM, "x", 8785, T, "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RpoTarget(RpoScope.GROUP, "", 5, T, "a")).hasMessageContaining("Only the default");
        assertThatThrownBy(() -> new RpoTarget(RpoScope.DEFAULT, "x", 5, T, "a"))
                .hasMessageContaining("Only the default");
    }
}
