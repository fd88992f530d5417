package com.sendense.console.hub;

/**
 * Archive formats for {@link HubClient#downloadDirectory}. ZIP drops empty directories; TAR.GZ
 * keeps them.
 */
public enum ArchiveFormat {
    ZIP("zip"),
    TAR_GZ("tar.gz");

    private final String extension;

    ArchiveFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The hub's {@code format} value, which is also the file extension.
     *
     * @return {@code zip} or {@code tar.gz}
     */
    public String extension() {
        return extension;
    }
}
