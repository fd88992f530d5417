package com.sendense.console.backups.ui;

import com.sendense.console.backups.RestoreState;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.StatusBadge.Tone;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;

/** Badges and labels for backup attributes, the same in history and chain. */
final class BackupBadges {

    private BackupBadges() {}

    static String typeLabel(BackupType type) {
        return switch (type) {
            case FULL -> "Full";
            case INCREMENTAL -> "Incremental";
        };
    }

    static StatusBadge type(BackupType type) {
        return new StatusBadge(typeLabel(type), type == BackupType.FULL ? Tone.PRIMARY : Tone.NEUTRAL);
    }

    static String statusLabel(BackupStatus status) {
        return switch (status) {
            case STARTED -> "Started";
            case PENDING -> "Pending";
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
            case UNKNOWN -> "Unknown";
        };
    }

    static StatusBadge status(BackupStatus status) {
        Tone tone = switch (status) {
            case COMPLETED -> Tone.SUCCESS;
            case FAILED -> Tone.ERROR;
            case STARTED, PENDING, RUNNING -> Tone.PRIMARY;
            case CANCELLED -> Tone.CONTRAST;
            case UNKNOWN -> Tone.NEUTRAL;
        };
        return new StatusBadge(statusLabel(status), tone);
    }

    static StatusBadge stalled() {
        return new StatusBadge("Stalled?", Tone.WARNING);
    }

    static StatusBadge restore(RestoreState state) {
        return switch (state) {
            case MOUNTABLE -> new StatusBadge("Mountable", Tone.SUCCESS);
            case JUST_FINISHED -> new StatusBadge("Just finished", Tone.WARNING);
        };
    }
}
