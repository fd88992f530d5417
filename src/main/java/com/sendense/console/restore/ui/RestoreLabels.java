package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Formatters;

import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.restore.MountRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

final class RestoreLabels {

    private RestoreLabels() {}

    static String type(@Nullable BackupType type, Locale locale) {
        if (type == null) {
            return "";
        }
        return Messages.get(locale, type == BackupType.FULL ? "restore.type.full" : "restore.type.incremental");
    }

    static StatusBadge typeBadge(BackupType type, Locale locale) {
        return new StatusBadge(type(type, locale),
                type == BackupType.FULL ? StatusBadge.Tone.PRIMARY : StatusBadge.Tone.NEUTRAL);
    }

    /** "8 Oct 2025, 19:24 · Full". */
    static String point(@Nullable Instant createdAt, @Nullable BackupType type, ZoneId zone, Locale locale) {
        String when = Formatters.dateTime(createdAt, zone, locale);
        return type == null ? when : when + " · " + type(type, locale);
    }

    /** "Disk 0 · 102 GB (disk-2000)", or "Disk 1 · size unknown". */
    static String disk(int index, @Nullable VmDisk current, Locale locale) {
        if (current == null) {
            return Messages.get(locale, "restore.disk.sizeUnknown", Integer.toString(index));
        }
        return Messages.get(locale, "restore.disk.full", Integer.toString(index),
                Formatters.bytes(current.sizeBytes(), locale), current.diskId());
    }

    /** "Disk 0 · 102 GB" for a mount, or "unknown" for a mount the console did not make. */
    static String disk(MountRecord m, Locale locale) {
        if (m.diskIndex() == null) {
            return Messages.get(locale, "restore.unknown");
        }
        return m.diskSizeBytes() == null
                ? Messages.get(locale, "restore.disk.index", m.diskIndex().toString())
                : Messages.get(locale, "restore.disk.sized", m.diskIndex().toString(),
                        Formatters.bytes(m.diskSizeBytes(), locale));
    }

    /** The console user who mounted it, or "outside this console" (another tool, or found already mounted). */
    static String openedBy(MountRecord m, Locale locale) {
        return m.createdBy() == null ? Messages.get(locale, "restore.openedOutside") : m.createdBy();
    }

    static String filesystem(MountRecord m, Locale locale) {
        return m.filesystemType().isBlank() ? Messages.get(locale, "restore.unknown") : m.filesystemType();
    }
}
