package com.sendense.console.hub;

import java.util.List;

/**
 * The contents of one directory, in the hub's byte-wise name order (upper case first,
 * directories not first): sort on the client.
 *
 * @param mountId the mount
 * @param path the path as the hub echoed it
 * @param entries the entries, empty for an empty directory (the hub sometimes says {@code null})
 * @param totalCount the hub's count
 */
public record FileListing(MountId mountId, String path, List<FileEntry> entries, int totalCount) {

    public FileListing {
        entries = List.copyOf(entries);
    }
}
