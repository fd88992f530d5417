package com.sendense.console.hub;

/** ZIP drops empty directories; TAR.GZ keeps them. */
public enum ArchiveFormat {

    ZIP("zip"), TAR_GZ("tar.gz");

    private final String extension;

    ArchiveFormat(String extension) {
        this.extension = extension;
    }

    /** The hub's {@code format} value, also the file extension. */
    public String extension() {
        return extension;
    }
}
