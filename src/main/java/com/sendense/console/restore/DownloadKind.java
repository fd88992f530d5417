package com.sendense.console.restore;

import com.sendense.console.hub.ArchiveFormat;
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

    public String label() {
        return switch (this) {
            case FILE -> "File";
            case ZIP -> "ZIP";
            case TAR_GZ -> "tar.gz";
            case SEARCH -> "Search";
            case PREVIEW -> "Preview";
            case COMPARE -> "Compare";
        };
    }
}
