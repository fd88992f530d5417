package com.sendense.console.hub;

import java.util.List;

/** In the hub's byte-wise name order (upper case first, directories not first): sort on the client. */
public record FileListing(MountId mountId, String path, List<FileEntry> entries, int totalCount) {

    public FileListing {
        entries = List.copyOf(entries);
    }
}
