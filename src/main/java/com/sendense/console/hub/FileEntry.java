package com.sendense.console.hub;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a directory in a mounted backup.
 *
 * @param name the name; at the root a display name such as {@code Partition 2 (101.4 GB)}
 *     ({@code lsblk} labels keep their raw escapes, e.g. a literal {@code \x20})
 * @param path the path to send back to the hub, e.g. {@code /partition-2/Windows}
 * @param type file or directory; symlinks and junctions are files
 * @param size bytes; for directories whatever {@code stat} says (0, 4096…), not a content size
 * @param mode the permission bits as {@code %04o}, e.g. {@code 0777}
 * @param modified the modification time, if known
 * @param symlink whether the entry is a symlink or junction
 * @param symlinkTarget the raw target (often a path on the hub), only from
 *     {@link HubClient#fileInfo(MountId, HubPath)}
 */
public record FileEntry(
        String name,
        HubPath path,
        EntryType type,
        long size,
        String mode,
        @Nullable Instant modified,
        boolean symlink,
        @Nullable String symlinkTarget) {

    /**
     * Whether this entry can be browsed into.
     *
     * @return {@code true} for directories
     */
    public boolean isDirectory() {
        return type == EntryType.DIRECTORY;
    }
}
