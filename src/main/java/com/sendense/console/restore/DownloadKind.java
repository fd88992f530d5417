package com.sendense.console.restore;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.ArchiveFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A single file, or a folder as an archive; a file search, a preview and a folder comparison are audited in the same
 * log.
 */
public enum DownloadKind {

    FILE(null), ZIP(ArchiveFormat.ZIP), TAR_GZ(ArchiveFormat.TAR_GZ), SEARCH(null), PREVIEW(null), COMPARE(null);

    private final @Nullable ArchiveFormat format;

    DownloadKind(@Nullable ArchiveFormat format) {
        this.format = format;
    }

    public java.util.Optional<ArchiveFormat> format() {
        return java.util.Optional.ofNullable(format);
    }

    public static DownloadKind of(ArchiveFormat format) {
        return format == ArchiveFormat.ZIP ? ZIP : TAR_GZ;
    }

    /** In English. */
    public String label() {
        return label(Languages.DEFAULT);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "restore.downloadKind." + name().toLowerCase(Locale.ROOT));
    }

}
