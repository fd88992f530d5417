package com.sendense.console.dashboard;

import static com.sendense.console.protection.CoverageFixtures.DAILY_0100;
import static com.sendense.console.protection.CoverageFixtures.WEEKDAYS_0100;
import static com.sendense.console.protection.CoverageFixtures.coverage;
import static com.sendense.console.protection.CoverageFixtures.group;
import static com.sendense.console.protection.CoverageFixtures.groupFlow;
import static com.sendense.console.protection.CoverageFixtures.serve;
import static com.sendense.console.protection.CoverageFixtures.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.protection.CoverageFixtures;
import com.sendense.console.protection.VmCoverage;
import com.sendense.console.testsupport.FakeHubClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    static final Instant NOW = Instant.parse("2025-10-09T12:00:00Z");
    static final Instant T = Instant.parse("2025-10-01T00:00:00Z");

    final FakeHubClient hub = new FakeHubClient();
    final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    final VmContext sql = FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON,
            new VmGroup("g", "Databases", 1, true));
    final MachineGroup databases = group("Databases", sql);
    // Default 24 h, web-01 4 h
    final RpoPolicy policy = RpoPolicy.of(List.of(new RpoTarget(RpoScope.DEFAULT, "", 24, T, "admin"),
            new RpoTarget(RpoScope.VM, "web-01", 4, T, "admin")));

    @BeforeEach
    void inventory() {
        hub.withVm(web).withVm(sql);
    }

    @Test
    void a_daily_flow_for_a_vm_with_a_4_hour_rpo_is_flagged_with_the_fix() {
        serve(hub, List.of(vmFlow("Web nightly", web, "Primary", DAILY_0100, true),
                groupFlow("DB nightly", databases, "Primary", DAILY_0100, true)), List.of(databases));

        ScheduleCheck check = check(null);

        assertThat(check.findings()).singleElement().satisfies(f -> {
            assertThat(f.vmName()).isEqualTo("web-01");
            assertThat(f.longestGap()).contains(Duration.ofHours(24));
            assertThat(f.text(Locale.ENGLISH))
                    .isEqualTo("Web nightly runs every 24 h but the RPO of web-01 is 4 h: schedule it at"
                            + " least every 4 h, e.g. \"every 4 hours, on the hour\"");
        });
        assertThat(check.notScheduled()).isEmpty();
    }

    @Test
    void an_hourly_flow_meets_a_4_hour_rpo() {
        serve(hub, List.of(vmFlow("Web hourly", web, "Primary", "0 0 * * * *", true),
                groupFlow("DB nightly", databases, "Primary", DAILY_0100, true)), List.of(databases));

        assertThat(check(null).findings()).isEmpty();
    }

    @Test
    void a_weekday_schedule_misses_a_24_hour_rpo_over_the_weekend() {
        serve(hub, List.of(vmFlow("Web hourly", web, "Primary", "0 0 * * * *", true),
                groupFlow("DB weekdays", databases, "Primary", WEEKDAYS_0100, true)), List.of(databases));

        assertThat(check(null).findings()).singleElement()
                .extracting(f -> f.text(Locale.ENGLISH))
                .isEqualTo("DB weekdays runs every 72 h at the longest but the RPO of sql-prod-01 is 24 h: schedule it"
                        + " at least every 24 h, e.g. \"every day at 01:00\"");
    }

    @Test
    void a_vm_no_enabled_flow_covers_is_not_scheduled_and_flagged_against_its_rpo() {
        serve(hub, List.of(vmFlow("Web hourly", web, "Primary", "0 0 * * * *", true),
                groupFlow("DB nightly", databases, "Primary", DAILY_0100, false)), List.of(databases));

        ScheduleCheck check = check(null);

        assertThat(check.notScheduled()).extracting(VmCoverage::vmName).containsExactly("sql-prod-01");
        assertThat(check.findings()).singleElement()
                .extracting(f -> f.text(Locale.ENGLISH))
                .isEqualTo("No enabled flow backs sql-prod-01 up but its RPO is 24 h: create a flow that runs at least"
                        + " every 24 h, e.g. \"every day at 01:00\"");
    }

    @Test
    void a_group_filter_keeps_only_that_groups_vms() {
        serve(hub, List.of(), List.of(databases));

        assertThat(check("Databases").notScheduled()).extracting(VmCoverage::vmName).containsExactly("sql-prod-01");
        assertThat(check(null).notScheduled()).hasSize(2);
    }

    @Test
    void an_enabled_flow_whose_group_is_gone_is_noted() {
        serve(hub,
                List.of(CoverageFixtures.flow("Old", FlowTargetType.GROUP, "group-gone", "Primary", DAILY_0100, true)),
                List.of());

        assertThat(check(null).dangling()).extracting(t -> Messages.get(Locale.ENGLISH, t))
                .containsExactly("Flow Old targets a group that no longer exists on the hub,"
                        + " so it backs up nothing: point it at another target or delete it.");
    }

    @Test
    void the_suggested_schedule_is_the_simplest_that_meets_the_target() {
        assertThat(english(ScheduleCheck.suggestion(Duration.ofHours(5)))).isEqualTo("every 4 hours, on the hour");
        assertThat(english(ScheduleCheck.suggestion(Duration.ofHours(1)))).isEqualTo("every hour, on the hour");
        assertThat(english(ScheduleCheck.suggestion(Duration.ofHours(18)))).isEqualTo("every 12 hours, on the hour");
        assertThat(english(ScheduleCheck.suggestion(Duration.ofHours(48)))).isEqualTo("every day at 01:00");
    }

    private ScheduleCheck check(String group) {
        return ScheduleCheck.of(coverage(hub, NOW), policy, vm -> group == null || vm.groups().contains(group));
    }

    private static String english(Text text) {
        return Messages.get(Locale.ENGLISH, text);
    }
}
