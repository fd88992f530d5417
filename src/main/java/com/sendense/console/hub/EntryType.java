package com.sendense.console.hub;

/** File or directory. Symlinks and NTFS junctions are {@link #FILE} on the hub, with {@link FileEntry#symlink()} set. */
public enum EntryType {
    FILE,
    DIRECTORY
}
