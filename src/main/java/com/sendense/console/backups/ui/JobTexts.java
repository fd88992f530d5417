package com.sendense.console.backups.ui;

import com.sendense.console.base.i18n.Messages;
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

    static final String NO_CANCEL = "backups.job.noCancel";

    private JobTexts() {}

    static String type(BackupType type, Locale locale) {
        return Messages.get(locale, type == BackupType.FULL ? "backups.type.full" : "backups.type.incremental");
    }

    /** "Full backup", "Incremental backup": one phrase, as German writes it as one word. */
    static String typeBackup(BackupType type, Locale locale) {
        return Messages.get(locale,
                type == BackupType.FULL ? "backups.typeBackup.full" : "backups.typeBackup.incremental");
    }

    static String status(JobSnapshot job, Locale locale) {

        return Messages.get(locale, "backups.job.status." + statusKey(job));
    }

    private static String statusKey(JobSnapshot job) {
        if (job.gone()) {
            return "gone";
        }
        if (job.stalled()) {
            return "stalled";
        }
        if (job.active() && job.notReporting()) {
            return "notReporting";
        }
        return switch (job.backup().status()) {
            case STARTED, PENDING -> "starting";
            case RUNNING -> "running";
            case COMPLETED -> "completed";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
            case UNKNOWN -> "unknown";
        };
    }

    static StatusBadge badge(JobSnapshot job, Locale locale) {
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
        return new StatusBadge(status(job, locale), tone);
    }

    /** "12.3 GB of 39.0 GB", or why there is nothing to show yet. */
    static String transferred(JobSnapshot job, Locale locale) {
        var b = job.backup();
        if (b.totalBytes() <= 0) {
            return job.active()
                    ? Messages.get(locale, "backups.job.waitingForReport")
                    : Formatters.bytes(b.bytesTransferred(), locale);
        }
        return Messages.get(locale, "backups.job.transferred", Formatters.bytes(b.bytesTransferred(), locale),
                Formatters.bytes(b.totalBytes(), locale));
    }

    static String percent(JobSnapshot job, Locale locale) {
        return String.format(locale, "%.1f %%", job.backup().progressPercent());
    }

    static String eta(JobSnapshot job, Instant now, Locale locale) {
        if (!job.active()) {
            return "–";
        }
        if (job.notReporting()) {
            return job.silence(now)
                    .map(d -> Messages.get(locale, "backups.job.etaUnknown", Formatters.duration(d, locale)))
                    .orElseThrow();
        }
        return job.eta()
                .map(d -> Messages.get(locale, "backups.job.eta", Formatters.duration(d, locale)))
                .orElse(Messages.get(locale, "backups.job.estimating"));
    }

    /** The hub's phase word as it sends it (it is the hub's, not ours to translate). */
    static String phase(JobSnapshot job, Locale locale) {
        String phase = job.backup().currentPhase();
        if (phase.isBlank()) {
            return job.active() ? Messages.get(locale, "backups.job.preparing") : "–";
        }
        return Character.toUpperCase(phase.charAt(0)) + phase.substring(1);
    }

    /** The hub keeps its last speed after the reports stop; the console shows none rather than a stale one. */
    static String speed(JobSnapshot job, Locale locale) {
        long speed = job.backup().transferSpeedBps();
        return speed > 0 && !(job.active() && job.notReporting()) ? Formatters.speed(speed, locale) : "–";
    }

    /**
     * Why the console starts no backup of {@code vm} while {@code running} is on the hub, stalled or not;
     * {@code started} tells whether the user already asked for a start (so none was started) or not (so the
     * console does not).
     */
    static String blockedByRunning(String vm, JobSnapshot running, boolean started, Locale locale) {
        String consequence = Messages.get(locale,
                started ? "backups.job.consequence.notStarted" : "backups.job.consequence.doesNot");
        return Messages.get(locale, running.stalled() ? "backups.job.blockedStalled" : "backups.job.blockedRunning", vm,
                consequence);
    }

    /** Why a job that stopped reporting is flagged and what to check; empty while it reports. */
    static String stallExplanation(JobSnapshot job, Instant now, ZoneId zone, Locale locale) {
        Instant since = job.silentSince();
        if (since == null) {
            return "";
        }
        String silent = Formatters.duration(Duration.between(since, now), locale);
        if (job.neverReported()) {
            return Messages.get(locale, "backups.job.neverReported", silent);
        }
        String last = Messages.get(locale, "backups.job.lastReport", silent, Formatters.dateTime(since, zone, locale));
        return last + " " + Messages.get(locale, job.stalled() ? "backups.job.stalledHint" : "backups.job.silentHint");
    }

    /** The result line of an ended job. */
    static String result(JobSnapshot job, Instant now, Locale locale) {
        var b = job.backup();
        if (job.gone()) {
            return Messages.get(locale, "backups.job.gone");
        }
        String elapsed = Formatters.duration(job.elapsed(now), locale);
        if (b.status() == BackupStatus.COMPLETED) {
            return Messages.get(locale, "backups.job.completed",
                    Formatters.bytes(b.totalBytes() > 0 ? b.totalBytes() : b.bytesTransferred(), locale), elapsed);
        }
        String message = b.errorMessage() == null || b.errorMessage().isBlank()
                ? Messages.get(locale, "backups.job.noReason")
                : b.errorMessage();
        return Messages.get(locale, "backups.job.failed", elapsed, message);
    }
}
