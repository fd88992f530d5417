package com.sendense.console.dashboard;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostureCalculatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final PostureCalculator calculator = new PostureCalculator(DashboardProperties.defaults(), LONDON, NOW);
    private final RpoPolicy daily = RpoPolicy.of(List.of());

    @Test
    void classifies_by_the_age_of_the_newest_completed_backup_against_the_target() {
        List<VmPosture> postures = calculator.postures(vms("fresh", "at-risk", "overdue", "old", "never"),
                List.of(completed("fresh", hoursAgo(2), 1), completed("fresh", hoursAgo(30), 1),
                        completed("at-risk", hoursAgo(19), 1), completed("overdue", hoursAgo(25), 1),
                        completed("old", NOW.minus(Duration.ofDays(8)), 1)),
                List.of(failed("never", hoursAgo(3), "SNA unreachable")), daily, TODAY);

        assertThat(postures).extracting(VmPosture::vmName, VmPosture::state)
                .containsExactly(tuple("never", PostureState.UNPROTECTED), tuple("old", PostureState.UNPROTECTED),
                        tuple("overdue", PostureState.OVERDUE), tuple("at-risk", PostureState.AT_RISK),
                        tuple("fresh", PostureState.WITHIN));
        VmPosture fresh = postures.getLast();
        assertThat(fresh.lastGood()).isEqualTo(hoursAgo(2));
        assertThat(fresh.age()).isEqualTo(Duration.ofHours(2));
        assertThat(postures.getFirst().lastFailure().message()).isEqualTo("SNA unreachable");
        assertThat(postures.getFirst().lastGood()).isNull();
    }

    @Test
    void at_risk_starts_after_three_quarters_of_the_target() {
        List<VmPosture> postures = calculator.postures(vms("exactly", "just-over"),
                List.of(completed("exactly", hoursAgo(18), 1), completed("just-over", hoursAgo(18).minusSeconds(1), 1)),
                List.of(), daily, TODAY);

        assertThat(postures).extracting(VmPosture::vmName, VmPosture::state)
                .containsExactly(tuple("just-over", PostureState.AT_RISK), tuple("exactly", PostureState.WITHIN));
    }

    @Test
    void the_strip_has_thirty_days_of_good_failed_missed_and_today_pending() {
        Instant yesterday = LocalDate.of(2026, 11, 19).atTime(1, 0).atZone(LONDON).toInstant();
        Instant twoDaysAgo = LocalDate.of(2026, 11, 18).atTime(1, 0).atZone(LONDON).toInstant();
        List<VmPosture> postures = calculator.postures(vms("vm"),
                List.of(completed("vm", yesterday, 1), completed("vm", twoDaysAgo.plusSeconds(3600), 1)),
                List.of(failed("vm", twoDaysAgo, "x"),
                        failed("vm", LocalDate.of(2026, 11, 17).atTime(1, 0).atZone(LONDON).toInstant(), "y")),
                daily, TODAY);

        List<DayMark> strip = postures.getFirst().strip();
        assertThat(strip).hasSize(30);
        assertThat(strip.getFirst().day()).isEqualTo(TODAY.minusDays(29));
        assertThat(strip.subList(26, 30)).extracting(DayMark::result)
                .containsExactly(DayResult.FAILED, DayResult.GOOD, DayResult.GOOD, DayResult.PENDING);
        assertThat(strip.get(25).result()).isEqualTo(DayResult.MISSED);
        assertThat(postures.getFirst().failedDays()).isEqualTo(1);
        assertThat(postures.getFirst().goodDays()).isEqualTo(2);
    }

    @Test
    void days_are_counted_in_the_hub_zone() {
        // 23:30 UTC on 19 Nov is still 19 Nov in London in winter, but 00:30 BST in summer is the next day.
        Instant summerLateEvening = Instant.parse("2026-07-19T23:30:00Z");
        var summer = new PostureCalculator(DashboardProperties.defaults(), LONDON,
                Instant.parse("2026-07-21T12:00:00Z"));

        List<DayMark> strip = summer
                .postures(vms("vm"), List.of(completed("vm", summerLateEvening, 1)), List.of(), daily,
                        LocalDate.of(2026, 7, 21))
                .getFirst()
                .strip();

        assertThat(strip.get(28)).isEqualTo(new DayMark(LocalDate.of(2026, 7, 20), DayResult.GOOD));
    }

    @Test
    void a_vm_with_dash_disk_in_its_name_is_not_visible_rather_than_unprotected() {
        List<VmPosture> postures = calculator.postures(vms("nas-diskstation"), List.of(), List.of(), daily, TODAY);

        assertThat(postures.getFirst().state()).isEqualTo(PostureState.HIDDEN);
        assertThat(PostureSummary.of(postures)).isEqualTo(new PostureSummary(1, 0, 0, 0, 0, 1));
    }

    @Test
    void the_summary_counts_within_and_at_risk_as_meeting_the_target() {
        PostureSummary summary = PostureSummary
                .of(calculator.postures(
                        vms("a", "b", "c", "d"), List.of(completed("a", hoursAgo(1), 1),
                                completed("b", hoursAgo(20), 1), completed("c", hoursAgo(30), 1)),
                        List.of(), daily, TODAY));

        assertThat(summary).isEqualTo(new PostureSummary(4, 1, 1, 1, 1, 0));
        assertThat(summary.meetingTarget()).isEqualTo(2);
        assertThat(summary.meetingTargetPercent()).isEqualTo(50.0);
    }

    @Test
    void vms_whose_backups_the_hub_hides_are_left_out_of_the_share() {
        PostureSummary summary = PostureSummary.of(calculator.postures(vms("a", "b", "nas-disk01"),
                List.of(completed("a", hoursAgo(1), 1)), List.of(), daily, TODAY));

        assertThat(summary).isEqualTo(new PostureSummary(3, 1, 0, 0, 1, 1));
        assertThat(summary.counted()).isEqualTo(2);
        assertThat(summary.meetingTargetPercent()).isEqualTo(50.0);
        assertThat(PostureSummary.of(calculator.postures(vms("nas-disk01"), List.of(), List.of(), daily, TODAY))
                .meetingTargetPercent()).isZero();
    }

    private static List<VmContext> vms(String... names) {
        return java.util.Arrays.stream(names).map(n -> FakeHubClient.vm(n, "linux", PowerState.ON)).toList();
    }

    private static Instant hoursAgo(long hours) {
        return NOW.minus(Duration.ofHours(hours));
    }
}
