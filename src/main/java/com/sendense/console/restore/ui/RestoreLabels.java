package com.sendense.console.restore.ui;

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

    static String type(@Nullable BackupType type) {
        if (type == null) {
            return "";
        }
        return type == BackupType.FULL ? "Full" : "Incremental";
    }

    static StatusBadge typeBadge(BackupType type) {
        return new StatusBadge(type(type),
                type == BackupType.FULL ? StatusBadge.Tone.PRIMARY : StatusBadge.Tone.NEUTRAL);
    }

    /** "8 Oct 2025, 19:24 · Full". */
    static String point(@Nullable Instant createdAt, @Nullable BackupType type, ZoneId zone, Locale locale) {
        String when = Formatters.dateTime(createdAt, zone, locale);
        return type == null ? when : when + " · " + type(type);
    }

    /** "Disk 0 · 102 GB (disk-2000)", or "Disk 1 · size unknown". */
    static String disk(int index, @Nullable VmDisk current, Locale locale) {
        if (current == null) {
            return "Disk " + index + " · size unknown";
        }
        return "Disk " + index + " · " + Formatters.bytes(current.sizeBytes(), locale) + " (" + current.diskId() + ")";
    }

    /** "Disk 0 · 102 GB" for a mount, or "unknown" for a mount the console did not make. */
    static String disk(MountRecord m, Locale locale) {
        if (m.diskIndex() == null) {
            return "unknown";
        }
        return m.diskSizeBytes() == null
                ? "Disk " + m.diskIndex()
                : "Disk " + m.diskIndex() + " · " + Formatters.bytes(m.diskSizeBytes(), locale);
    }

    /** The console user who mounted it, or "outside this console" (another tool, or found already mounted). */
    static String openedBy(MountRecord m) {
        return m.createdBy() == null ? "outside this console" : m.createdBy();
    }

    static String filesystem(MountRecord m) {
        return m.filesystemType().isBlank() ? "unknown" : m.filesystemType();
    }
}
