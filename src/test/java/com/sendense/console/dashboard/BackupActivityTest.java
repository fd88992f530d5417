package com.sendense.console.dashboard;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Backup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupActivityTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DashboardQuery RANGE = new DashboardQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), null);

    private final BackupActivity activity = new BackupActivity(RANGE, LONDON);

    @Test
    void counts_results_per_day_of_the_range_including_empty_days() {
        List<Backup> completed = List.of(completed("a", at(1, 1), 1), completed("b", at(1, 2), 1), completed("a", at(3, 1), 1),
                completed("a", at(4, 1), 1));
        List<Backup> failed = List.of(failed("b", at(3, 2), "x"), failed("c", Instant.parse("2026-10-31T23:59:59Z"), "y"));

        assertThat(activity.daily(completed, failed)).containsExactly(
                new DailyCount(LocalDate.of(2026, 11, 1), 2, 0),
                new DailyCount(LocalDate.of(2026, 11, 2), 0, 0),
                new DailyCount(LocalDate.of(2026, 11, 3), 1, 1));
    }

    @Test
    void lists_failures_in_the_range_newest_first() {
        var calc = new PostureCalculator(DashboardProperties.defaults(), LONDON, at(5, 0));
        List<FailureEntry> failures = activity.failures(
                List.of(failed("b", at(1, 2), "first"), failed("c", at(3, 2), "second"), failed("d", at(9, 2), "outside")), calc);

        assertThat(failures).extracting(FailureEntry::message).containsExactly("second", "first");
        assertThat(failures.getFirst().day()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void storage_per_vm_is_the_chain_and_its_growth_within_the_range() {
        List<VmStorage> storage = activity.storage(List.of("a", "b", "c"), List.of(
                completed("a", at(1, 1), 100), completed("a", Instant.parse("2026-10-01T01:00:00Z"), 1000),
                completed("b", at(2, 1), 500)));

        assertThat(storage).containsExactly(new VmStorage("b", 500, 500, 1), new VmStorage("a", 1100, 100, 2),
                new VmStorage("c", 0, 0, 0));
    }

    private static Instant at(int day, int hour) {
        return LocalDate.of(2026, 11, day).atTime(hour, 0).atZone(LONDON).toInstant();
    }
}
