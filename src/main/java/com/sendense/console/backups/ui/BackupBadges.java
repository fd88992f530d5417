package com.sendense.console.backups.ui;

import com.sendense.console.backups.RestoreState;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.StatusBadge.Tone;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import java.util.Locale;

/** Badges and labels for backup attributes, the same in history and chain. */
final class BackupBadges {

    private BackupBadges() {}

    static String typeLabel(BackupType type, Locale locale) {
        return switch (type) {
            case FULL -> Messages.get(locale, "backups.type.full");
            case INCREMENTAL -> Messages.get(locale, "backups.type.incremental");
        };
    }

    static StatusBadge type(BackupType type, Locale locale) {
        return new StatusBadge(typeLabel(type, locale), type == BackupType.FULL ? Tone.PRIMARY : Tone.NEUTRAL);
    }

    static String statusLabel(BackupStatus status, Locale locale) {
        return Messages.get(locale, "backups.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static StatusBadge status(BackupStatus status, Locale locale) {
        Tone tone = switch (status) {
            case COMPLETED -> Tone.SUCCESS;
            case FAILED -> Tone.ERROR;
            case STARTED, PENDING, RUNNING -> Tone.PRIMARY;
            case CANCELLED -> Tone.CONTRAST;
            case UNKNOWN -> Tone.NEUTRAL;
        };
        return new StatusBadge(statusLabel(status, locale), tone);
    }

    static StatusBadge stalled(Locale locale) {
        return new StatusBadge(Messages.get(locale, "backups.badge.stalled"), Tone.WARNING);
    }

    static StatusBadge restore(RestoreState state, Locale locale) {
        return switch (state) {
            case MOUNTABLE -> new StatusBadge(Messages.get(locale, "backups.badge.mountable"), Tone.SUCCESS);
            case JUST_FINISHED -> new StatusBadge(Messages.get(locale, "backups.badge.justFinished"), Tone.WARNING);
        };
    }
}
