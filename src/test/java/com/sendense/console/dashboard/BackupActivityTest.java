package com.sendense.console.dashboard;

import static com.sendense.console.dashboard.TestBackups.completed;
import static com.sendense.console.dashboard.TestBackups.failed;
import static com.sendense.console.dashboard.TestBackups.full;
import static com.sendense.console.dashboard.TestBackups.incremental;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.Backup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupActivityTest {

    private static final String LOCAL = "repo-local-1";
    private static final String NFS = "repo-nfs-1";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DashboardQuery RANGE = new DashboardQuery(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3),
            null);

    private final BackupActivity activity = new BackupActivity(RANGE, LONDON);

    @Test
    void counts_results_per_day_of_the_range_including_empty_days() {
        List<Backup> completed = List.of(completed("a", at(1, 1), 1), completed("b", at(1, 2), 1),
                completed("a", at(3, 1), 1), completed("a", at(4, 1), 1));
        List<Backup> failed = List.of(failed("b", at(3, 2), "x"),
                failed("c", Instant.parse("2026-10-31T23:59:59Z"), "y"));

        assertThat(activity.daily(completed, failed)).containsExactly(new DailyCount(LocalDate.of(2026, 11, 1), 2, 0),
                new DailyCount(LocalDate.of(2026, 11, 2), 0, 0), new DailyCount(LocalDate.of(2026, 11, 3), 1, 1));
    }

    @Test
    void lists_failures_in_the_range_newest_first() {
        var calc = new PostureCalculator(DashboardProperties.defaults(), LONDON, at(5, 0));
        List<FailureEntry> failures = activity.failures(List.of(failed("b", at(1, 2), "first"),
                failed("c", at(3, 2), "second"), failed("d", at(9, 2), "outside")), calc);

        assertThat(failures).extracting(FailureEntry::message).containsExactly("second", "first");
        assertThat(failures.getFirst().day()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void growth_is_what_the_range_wrote_and_the_chain_goes_back_to_the_last_full_before_it_per_repository() {
        List<VmStorage> storage = activity.storage(List.of("a", "b", "c", "d"), List.of(
                // a, local: an older full, the last full before the range, an incremental on it, two in the range, one
                // after.
                full("a", at(-20, 1), 9000, LOCAL), full("a", at(-5, 1), 1000, LOCAL),
                incremental("a", at(-1, 1), 10, LOCAL), incremental("a", at(1, 1), 100, LOCAL),
                full("a", at(3, 1), 2000, LOCAL), incremental("a", at(4, 1), 7, LOCAL),
                // a, NFS: only an incremental before the range whose full is no longer listed, then one in the range.
                incremental("a", at(-2, 1), 30, NFS), incremental("a", at(2, 1), 40, NFS),
                // b: written in the range only; c: nothing at all; d: nothing in the range, its chain still counts.
                full("b", at(2, 1), 500, LOCAL), full("d", at(-3, 1), 800, LOCAL)));

        assertThat(storage).containsExactly(new VmStorage("a", 100 + 2000 + 40, 1000 + 10 + 100 + 2000 + 30 + 40, 6),
                new VmStorage("b", 500, 500, 1), new VmStorage("d", 0, 800, 1), new VmStorage("c", 0, 0, 0));
    }

    /** A time on a day of November 2026; 0 and below are days of October before it. */
    private static Instant at(int day, int hour) {
        return LocalDate.of(2026, 11, 1).plusDays(day - 1L).atTime(hour, 0).atZone(LONDON).toInstant();
    }
}
