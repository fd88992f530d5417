package com.sendense.console.backups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.backups.JobDetails;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.live.JobSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the progress panel shows while a job reports, once it missed a report, and once it stalled. */
class JobProgressPanelTest {

    static final long GB = 1L << 30;
    static final Instant NOW = Instant.parse("2026-11-24T10:05:00Z");

    @Test
    void a_reporting_job_shows_the_hubs_speed_and_the_time_left() {
        JobProgressPanel panel = render(snapshot(NOW.minusSeconds(4), null, false));

        assertThat(panel.badgeHolder.getElement().getTextRecursively()).isEqualTo("Running");
        assertThat(panel.speed.getText()).isEqualTo("1.0 GB/s");
        assertThat(panel.eta.getText()).startsWith("about ");
        assertThat(panel.stallNotice.isVisible()).isFalse();
    }

    @Test
    void a_job_that_missed_a_report_says_for_how_long_and_drops_the_frozen_speed_and_time_left() {
        Instant last = NOW.minusSeconds(23);
        JobProgressPanel panel = render(snapshot(last, last, false));

        assertThat(panel.badgeHolder.getElement().getTextRecursively()).isEqualTo("Not reporting");
        assertThat(panel.speed.getText()).isEqualTo("–");
        assertThat(panel.speed.getElement().getAttribute("title")).isEmpty();
        assertThat(panel.eta.getText()).isEqualTo("unknown: no progress report for 23 s");
        assertThat(panel.stallNotice.isVisible()).isTrue();
        assertThat(panel.stallNotice.getText()).startsWith("No progress report for 23 s")
                .contains("If none comes for 5 minutes, the hub fails the backup");

        panel.renderClock(NOW.plusSeconds(10));
        assertThat(panel.eta.getText()).as("counts on with the ticker")
                .isEqualTo("unknown: no progress report for 33 s");
    }

    @Test
    void a_stalled_job_says_so_and_what_to_check() {
        Instant last = NOW.minus(Duration.ofMinutes(3));
        JobProgressPanel panel = render(snapshot(last, last, true));

        assertThat(panel.badgeHolder.getElement().getTextRecursively()).isEqualTo("Stalled");
        assertThat(panel.speed.getText()).isEqualTo("–");
        assertThat(panel.stallNotice.getText()).contains("looks stalled").contains("backup agent (SBC)");
    }

    private static JobProgressPanel render(JobSnapshot s) {
        var panel = new JobProgressPanel(s, new JobDetails(List.of(), false, "Primary"), ZoneId.of("Europe/London"),
                Locale.UK);
        panel.render(s, NOW);
        return panel;
    }

    private static JobSnapshot snapshot(Instant lastReport, @Nullable Instant silentSince, boolean stalled) {
        Instant start = NOW.minus(Duration.ofMinutes(5));
        var b = new Backup(new BackupId("backup-web-01-1764000000"), "ctx-web-01", "web-01", BackupType.FULL, "repo-1",
                null, BackupStatus.RUNNING, 46 * GB, 100 * GB, 1, null, "transferring", GB, 45.9, lastReport, start,
                start, null);
        Duration eta = silentSince == null ? Duration.ofSeconds(54) : null;
        return new JobSnapshot(b, GB, eta, List.of(GB, GB), silentSince, stalled, false);
    }
}
