package com.sendense.console.backups.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.live.JobSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The words and badges for a job, the same in the dialog, the view and the notifications. */
final class JobTexts {

    static final String NO_CANCEL = "Closing this window does not stop the backup. The hub has no way to cancel a "
            + "running backup: it ends by itself.";

    private JobTexts() {}

    static String type(BackupType type) {
        return type == BackupType.FULL ? "Full" : "Incremental";
    }

    static String status(JobSnapshot job) {
        if (job.gone()) {
            return "Gone";
        }
        if (job.stalled()) {
            return "Stalled";
        }
        if (job.active() && job.notReporting()) {
            return "Not reporting";
        }
        return switch (job.backup().status()) {
            case STARTED, PENDING -> "Starting";
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
            case UNKNOWN -> "Unknown";
        };
    }

    static StatusBadge badge(JobSnapshot job) {
        StatusBadge.Tone tone;
        if (job.gone()) {
            tone = StatusBadge.Tone.CONTRAST;
        } else if (job.active() && job.notReporting()) {
            tone = StatusBadge.Tone.WARNING;
        } else {
            tone = switch (job.backup().status()) {
                case COMPLETED -> StatusBadge.Tone.SUCCESS;
                case FAILED, CANCELLED -> StatusBadge.Tone.ERROR;
                case STARTED, PENDING, RUNNING -> StatusBadge.Tone.PRIMARY;
                case UNKNOWN -> StatusBadge.Tone.NEUTRAL;
            };
        }
        return new StatusBadge(status(job), tone);
    }

    /** "12.3 GB of 39.0 GB", or why there is nothing to show yet. */
    static String transferred(JobSnapshot job, Locale locale) {
        var b = job.backup();
        if (b.totalBytes() <= 0) {
            return job.active()
                    ? "waiting for the first progress report"
                    : Formatters.bytes(b.bytesTransferred(), locale);
        }
        return Formatters.bytes(b.bytesTransferred(), locale) + " of " + Formatters.bytes(b.totalBytes(), locale);
    }

    static String percent(JobSnapshot job, Locale locale) {
        return String.format(locale, "%.1f %%", job.backup().progressPercent());
    }

    static String eta(JobSnapshot job, Instant now) {
        if (!job.active()) {
            return "–";
        }
        if (job.notReporting()) {
            return job.silence(now).map(d -> "unknown: no progress report for " + Formatters.duration(d)).orElseThrow();
        }
        return job.eta().map(d -> "about " + Formatters.duration(d)).orElse("estimating…");
    }

    static String phase(JobSnapshot job) {
        String phase = job.backup().currentPhase();
        if (phase.isBlank()) {
            return job.active() ? "Preparing" : "–";
        }
        return Character.toUpperCase(phase.charAt(0)) + phase.substring(1);
    }

    /** The hub keeps its last speed after the reports stop; the console shows none rather than a stale one. */
    static String speed(JobSnapshot job, Locale locale) {
        long speed = job.backup().transferSpeedBps();
        return speed > 0 && !(job.active() && job.notReporting()) ? Formatters.speed(speed, locale) : "–";
    }

    /**
     * Why the console starts no backup of {@code vm} while {@code running} is on the hub, stalled
     * or not; {@code consequence} ends the sentence ("so the console does not", "so no second one
     * was started").
     */
    static String blockedByRunning(String vm, JobSnapshot running, String consequence) {
        if (running.stalled()) {
            return "A backup of " + vm + " is still marked running on the hub, but it has stopped reporting progress. "
                    + "The hub would start a second one beside it, " + consequence + ". The hub cannot cancel the "
                    + "stalled one; its progress says what to check.";
        }
        return "A backup of " + vm + " is already running. The hub would start a second one beside it, " + consequence
                + ".";
    }

    /** Why a job that stopped reporting is flagged and what to check; empty while it reports. */
    static String stallExplanation(JobSnapshot job, Instant now, ZoneId zone, Locale locale) {
        Instant since = job.silentSince();
        if (since == null) {
            return "";
        }
        String silent = Formatters.duration(Duration.between(since, now));
        if (job.neverReported()) {
            return "No progress report since this backup started " + silent + " ago. The hub never ends such a job by "
                    + "itself (its stale-job check only covers jobs that reported at least once), so it will stay "
                    + "\"running\". Check the backup agent (SBC) and the VM's snapshot in vCenter; a job that never "
                    + "started must be failed on the hub by an administrator.";
        }
        String last = "No progress report for " + silent + " (the last came at "
                + Formatters.dateTime(since, zone, locale) + "; the backup agent reports about every 5 seconds). ";
        if (!job.stalled()) {
            return last + "Speed and time left are not shown until reports resume. If none comes for 5 minutes, the "
                    + "hub fails the backup.";
        }
        return last + "The backup looks stalled: the hub normally fails a job after 5 minutes without a report. "
                + "Check the backup agent (SBC) and whether the hub's stale-job check runs.";
    }

    /** The result line of an ended job. */
    static String result(JobSnapshot job, Instant now, Locale locale) {
        var b = job.backup();
        if (job.gone()) {
            return "The hub no longer knows this backup (it was deleted while it ran).";
        }
        if (b.status() == BackupStatus.COMPLETED) {
            return "Completed: " + Formatters.bytes(b.totalBytes() > 0 ? b.totalBytes() : b.bytesTransferred(), locale)
                    + " in " + Formatters.duration(job.elapsed(now)) + ".";
        }
        String message = b.errorMessage() == null || b.errorMessage().isBlank()
                ? "the hub gave no reason"
                : b.errorMessage();
        return "Failed after " + Formatters.duration(job.elapsed(now)) + ": " + message;
    }
}
